"""SQLAlchemy 2.0 typed models of a project file (the data model in docs/ARCHITECTURE.md).

Class names are plain nouns; the word "Model" is kept for Qt item models. Every entity
that can leave the project (REFI-QDA exchange, team merges) has a ``guid``. Order among
siblings is an explicit ``position`` column.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.elements import TextClause

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_guid() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _guid() -> Mapped[str]:
    return mapped_column(String(36), unique=True, default=new_guid)


def _row_version() -> Mapped[int]:
    """Raised by one at each edit of the row's content (services/versions.py); an edit
    that names an older version was made on what its user saw before (migration 0007)."""
    return mapped_column(Integer, default=1, server_default="1")


class ProjectMeta(Base):
    """Key/value facts about the project: title, description, guid, current coder..."""

    __tablename__ = "project_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Coder(Base):
    __tablename__ = "coder"
    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = _guid()
    name: Mapped[str] = mapped_column(String(200), unique=True)
    initials: Mapped[str] = mapped_column(String(16), default="")
    color: Mapped[str] = mapped_column(String(7), default="#4E79A7")
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Participant(Base):
    """A case: one interviewee, labelled like "P3"."""

    __tablename__ = "participant"
    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = _guid()
    label: Mapped[str] = mapped_column(String(64), unique=True)
    pseudonym: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    row_version: Mapped[int] = _row_version()


class Attribute(Base):
    """A typed participant variable (text, number, date, choice)."""

    __tablename__ = "attribute"
    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = _guid()
    name: Mapped[str] = mapped_column(String(200), unique=True)
    type: Mapped[str] = mapped_column(String(16))
    choices: Mapped[str] = mapped_column(Text, default="[]")  # JSON list, for "choice"
    position: Mapped[int] = mapped_column(Integer, default=0)


class AttributeValue(Base):
    __tablename__ = "attribute_value"
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    attribute_id: Mapped[int] = mapped_column(
        ForeignKey("attribute.id", ondelete="CASCADE"), primary_key=True
    )
    value: Mapped[str] = mapped_column(Text, default="")


class Source(Base):
    """A transcript or document. ``text`` is normalised (NFC, LF, no BOM) and changes only
    through ``services.text_edit`` (which remaps every span in the same transaction)."""

    __tablename__ = "source"
    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = _guid()
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32), default="interview")
    text: Mapped[str] = mapped_column(Text)
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True
    )
    origin_format: Mapped[str] = mapped_column(String(32), default="")
    origin_name: Mapped[str] = mapped_column(String(300), default="")
    interview_date: Mapped[dt.date | None] = mapped_column(default=None)
    duration_seconds: Mapped[int | None] = mapped_column(Integer, default=None)
    mode: Mapped[str] = mapped_column(String(64), default="")
    interviewer: Mapped[str] = mapped_column(String(200), default="")
    imported: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Speaker(Base):
    """A voice in one source; maps to a participant or is marked as interviewer."""

    __tablename__ = "speaker"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True
    )
    is_interviewer: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Turn(Base):
    """One speaker's paragraph: a span of the source text, with times when known."""

    __tablename__ = "turn"
    # the speaker too: counting participants finds a coding's turn in the index alone
    # (migration 0008)
    __table_args__ = (Index("ix_turn_source_start_speaker", "source_id", "start", "speaker_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"))
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("speaker.id", ondelete="SET NULL"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    time_start_ms: Mapped[int | None] = mapped_column(Integer, default=None)
    time_end_ms: Mapped[int | None] = mapped_column(Integer, default=None)
    # True when the times were interpolated between turns timed from the playhead
    time_estimated: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Recording(Base):
    """The audio or video recording of a source (issue 17). By default a reference: the
    path relative to the project file (and the absolute path it was linked from, to find
    it again), size, duration and SHA-256, which a relink must match. ``data`` holds the
    file itself when the user embedded it (then the project is self-contained; in an
    encrypted project the recording is encrypted with it)."""

    __tablename__ = "recording"
    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = _guid()
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), unique=True)
    file_name: Mapped[str] = mapped_column(String(300))
    relative_path: Mapped[str] = mapped_column(Text, default="")
    absolute_path: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16), default="audio")  # audio | video
    container: Mapped[str] = mapped_column(String(16), default="")
    size: Mapped[int] = mapped_column(Integer)
    duration_ms: Mapped[int | None] = mapped_column(Integer, default=None)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)
    linked: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Code(Base):
    __tablename__ = "code"
    __table_args__ = (Index("ix_code_parent_position", "parent_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = _guid()
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("code.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    color: Mapped[str] = mapped_column(String(7), default="#4E79A7")
    definition: Mapped[str] = mapped_column(Text, default="")
    inclusion: Mapped[str] = mapped_column(Text, default="")
    exclusion: Mapped[str] = mapped_column(Text, default="")
    example: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(
        ForeignKey("coder.id", ondelete="SET NULL"), default=None
    )
    # "thematic" (the inductive codebook) or "structural" (interview-guide questions used
    # to auto-code answers, kept apart from the codebook); migration 0004.
    kind: Mapped[str] = mapped_column(String(16), default="thematic", server_default="thematic")
    row_version: Mapped[int] = _row_version()


class Coding(Base):
    """A code applied by a coder to ``[start, end)`` (code points) of a source's text."""

    __tablename__ = "coding"
    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = _guid()
    code_id: Mapped[int] = mapped_column(ForeignKey("code.id", ondelete="CASCADE"))
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coder.id", ondelete="RESTRICT"), index=True)
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    memo: Mapped[str] = mapped_column(Text, default="")


# Lookup indexes (migrations 0002, 0008): the editor reads a source's codings in text
# order; the retrieval pane reads a code's codings; reports count code x source; the
# codebook counts a code's participants from each coding's start (covered: no table read).
Index("ix_coding_source_start", Coding.source_id, Coding.start, Coding.end)
Index("ix_coding_code_source_start", Coding.code_id, Coding.source_id, Coding.start)


class Theme(Base):
    """A theme (or sub-theme, with ``parent_id``) with its place on the board."""

    __tablename__ = "theme"
    __table_args__ = (Index("ix_theme_parent_position", "parent_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = _guid()
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("theme.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    definition: Mapped[str] = mapped_column(Text, default="")
    central_concept: Mapped[str] = mapped_column(Text, default="")
    boundaries: Mapped[str] = mapped_column(Text, default="")
    narrative: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="candidate")
    color: Mapped[str] = mapped_column(String(7), default="#BAB0AC")
    board_x: Mapped[float] = mapped_column(default=0.0)
    board_y: Mapped[float] = mapped_column(default=0.0)
    board_w: Mapped[float] = mapped_column(default=0.0)
    board_h: Mapped[float] = mapped_column(default=0.0)
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    row_version: Mapped[int] = _row_version()


class ThemeCode(Base):
    __tablename__ = "theme_code"
    theme_id: Mapped[int] = mapped_column(
        ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True
    )
    code_id: Mapped[int] = mapped_column(
        ForeignKey("code.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class ThemeQuote(Base):
    """A coding pinned as a representative quote of a theme."""

    __tablename__ = "theme_quote"
    theme_id: Mapped[int] = mapped_column(
        ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True
    )
    coding_id: Mapped[int] = mapped_column(
        ForeignKey("coding.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Memo(Base):
    """A note on the project (journal), a source, code, coding, theme or participant."""

    __tablename__ = "memo"
    __table_args__ = (Index("ix_memo_target", "target_kind", "target_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = _guid()
    target_kind: Mapped[str] = mapped_column(String(32))
    target_id: Mapped[int | None] = mapped_column(Integer, default=None)
    title: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("coder.id", ondelete="SET NULL"), default=None
    )
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    modified: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    row_version: Mapped[int] = _row_version()


class Decision(Base):
    """A consensus decision on one disagreement of two coders (migration 0003): which
    reading was kept for code ``code_id`` on ``[start, end)`` of a source, who decided,
    when and why. ``choice``: accept_a | accept_b | accept_both | consensus."""

    __tablename__ = "decision"
    __table_args__ = (Index("ix_decision_source_start", "source_id", "start"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = _guid()
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"))
    code_id: Mapped[int] = mapped_column(ForeignKey("code.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    coder_a_id: Mapped[int | None] = mapped_column(
        ForeignKey("coder.id", ondelete="SET NULL"), default=None
    )
    coder_b_id: Mapped[int | None] = mapped_column(
        ForeignKey("coder.id", ondelete="SET NULL"), default=None
    )
    choice: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[int | None] = mapped_column(
        ForeignKey("coder.id", ondelete="SET NULL"), default=None
    )
    decided: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SavedQuery(Base):
    """A coding query or text search kept in the project (migration 0004). ``kind``:
    coding | text; ``definition`` holds the query as JSON (see the domain's query rules)."""

    __tablename__ = "saved_query"
    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = _guid()
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    definition: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(
        ForeignKey("coder.id", ondelete="SET NULL"), default=None
    )


class ChangeLog(Base):
    """Who changed what, when (invariant 4). Written in the same transaction as the change."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    time: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    coder_id: Mapped[int | None] = mapped_column(
        ForeignKey("coder.id", ondelete="SET NULL"), default=None
    )
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer, default=None)
    detail: Mapped[str] = mapped_column(Text, default="{}")  # JSON


def text_revision() -> TextClause:
    """The schema revision stored in the file (Alembic's version table)."""
    return text("SELECT version_num FROM alembic_version")
