"""Team work: the coders bar, compare coders and consensus, merging, meeting mode."""
