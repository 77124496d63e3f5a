"""Recordings beside transcripts: the player (Qt Multimedia), the transport bar, the
transcript kept in step with playback, segment play, the video window, link actions."""
