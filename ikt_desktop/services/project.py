"""A project: the open file and the services over it. Create, open, inspect, close."""

from __future__ import annotations

import contextlib
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from ikt_desktop.db import models as m
from ikt_desktop.db.cipher import Password
from ikt_desktop.db.file_modes import mode_of
from ikt_desktop.db.search_index import out_of_step, stale_index_message
from ikt_desktop.db.store import (
    Store,
    inspect_file,
    integrity_problems,
    open_store,
)
from ikt_desktop.db.team.store import open_team_store
from ikt_desktop.db.team.url import is_team_url
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.exporters.files import limit_new_files, unlimit_new_files
from ikt_desktop.services.base import get_meta, record, set_meta
from ikt_desktop.services.dto import Outcome, ProjectInfo
from ikt_desktop.services.project_file import GUID, TITLE, create_project_store

if TYPE_CHECKING:  # each service is imported when first used (see Project)
    from ikt_desktop.services.analysis.charts import ChartService
    from ikt_desktop.services.analysis.matrices import MatrixService
    from ikt_desktop.services.analysis.themes import ThemeService
    from ikt_desktop.services.coders import CoderService
    from ikt_desktop.services.coding.autocode import AutocodeService
    from ikt_desktop.services.coding.codebook import CodebookService
    from ikt_desktop.services.coding.codings import CodingService
    from ikt_desktop.services.coding.guide import GuideService
    from ikt_desktop.services.coding.segments import SegmentService
    from ikt_desktop.services.coding.text_edit import TextEditService
    from ikt_desktop.services.exchange.imports import ImportService
    from ikt_desktop.services.exchange.refi import ExchangeService
    from ikt_desktop.services.media.recordings import RecordingService
    from ikt_desktop.services.media.turn_times import TurnTimeService
    from ikt_desktop.services.memos import MemoService
    from ikt_desktop.services.participants import ParticipantService
    from ikt_desktop.services.privacy.pseudonyms import PseudonymService
    from ikt_desktop.services.query.queries import QueryService
    from ikt_desktop.services.query.saved_queries import SavedQueryService
    from ikt_desktop.services.query.search import SearchService
    from ikt_desktop.services.reporting.report import ReportService
    from ikt_desktop.services.reporting.study import StudyService
    from ikt_desktop.services.reporting.workbook import WorkbookService
    from ikt_desktop.services.sources import SourceService
    from ikt_desktop.services.team.agreement import AgreementService
    from ikt_desktop.services.team.consensus import ConsensusService
    from ikt_desktop.services.team.merge import MergeService


class Project:
    """An open project file. Hand its specific services to whoever needs them (each is
    made on first use: one instance per project)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        if store.encrypted:  # its exports are no more readable than the file itself
            with contextlib.suppress(OSError):
                limit_new_files(self, mode_of(store.path))

    # -- the services, each made (and its module imported) when first used: opening a
    # project imports what the window shows first, not the importers, the exporters
    # (python-docx, openpyxl, lxml) or the charts

    @cached_property
    def coders(self) -> CoderService:
        from ikt_desktop.services.coders import CoderService

        return CoderService(self.store)

    @cached_property
    def participants(self) -> ParticipantService:
        from ikt_desktop.services.participants import ParticipantService

        return ParticipantService(self.store)

    @cached_property
    def sources(self) -> SourceService:
        from ikt_desktop.services.sources import SourceService

        return SourceService(self.store)

    @cached_property
    def text_edits(self) -> TextEditService:
        from ikt_desktop.services.coding.text_edit import TextEditService

        return TextEditService(self.store)

    @cached_property
    def codebook(self) -> CodebookService:
        from ikt_desktop.services.coding.codebook import CodebookService

        return CodebookService(self.store)

    @cached_property
    def codings(self) -> CodingService:
        from ikt_desktop.services.coding.codings import CodingService

        return CodingService(self.store)

    @cached_property
    def memos(self) -> MemoService:
        from ikt_desktop.services.memos import MemoService

        return MemoService(self.store)

    @cached_property
    def recordings(self) -> RecordingService:
        from ikt_desktop.services.media.recordings import RecordingService

        return RecordingService(self.store)

    @cached_property
    def imports(self) -> ImportService:
        from ikt_desktop.services.exchange.imports import ImportService

        return ImportService(self.store, self.sources, self.recordings)

    @cached_property
    def segments(self) -> SegmentService:
        from ikt_desktop.services.coding.segments import SegmentService

        return SegmentService(self.store)

    @cached_property
    def themes(self) -> ThemeService:
        from ikt_desktop.services.analysis.themes import ThemeService

        return ThemeService(self.store)

    @cached_property
    def report(self) -> ReportService:
        from ikt_desktop.services.reporting.report import ReportService

        return ReportService(self.store)

    @cached_property
    def study(self) -> StudyService:
        from ikt_desktop.services.reporting.study import StudyService

        return StudyService(self.store)

    @cached_property
    def exchange(self) -> ExchangeService:
        from ikt_desktop.services.exchange.refi import ExchangeService

        return ExchangeService(self.store)

    @cached_property
    def workbook(self) -> WorkbookService:
        from ikt_desktop.services.reporting.workbook import WorkbookService

        return WorkbookService(self.store)

    @cached_property
    def agreement(self) -> AgreementService:
        from ikt_desktop.services.team.agreement import AgreementService

        return AgreementService(self.store)

    @cached_property
    def consensus(self) -> ConsensusService:
        from ikt_desktop.services.team.consensus import ConsensusService

        return ConsensusService(self.store)

    @cached_property
    def merge(self) -> MergeService:
        from ikt_desktop.services.team.merge import MergeService

        return MergeService(self.store)

    @cached_property
    def pseudonyms(self) -> PseudonymService:
        from ikt_desktop.services.privacy.pseudonyms import PseudonymService

        return PseudonymService(self.store)

    @cached_property
    def matrices(self) -> MatrixService:
        from ikt_desktop.services.analysis.matrices import MatrixService

        return MatrixService(self.store)

    @cached_property
    def charts(self) -> ChartService:
        from ikt_desktop.services.analysis.charts import ChartService

        return ChartService(self.store)

    @cached_property
    def autocode(self) -> AutocodeService:
        from ikt_desktop.services.coding.autocode import AutocodeService

        return AutocodeService(self.store)

    @cached_property
    def guide(self) -> GuideService:
        from ikt_desktop.services.coding.guide import GuideService

        return GuideService(self.store)

    @cached_property
    def search(self) -> SearchService:
        from ikt_desktop.services.query.search import SearchService

        return SearchService(self.store)

    @cached_property
    def queries(self) -> QueryService:
        from ikt_desktop.services.query.queries import QueryService

        return QueryService(self.store)

    @cached_property
    def saved_queries(self) -> SavedQueryService:
        from ikt_desktop.services.query.saved_queries import SavedQueryService

        return SavedQueryService(self.store)

    @cached_property
    def turn_times(self) -> TurnTimeService:
        from ikt_desktop.services.media.turn_times import TurnTimeService

        return TurnTimeService(self.store)

    # -- lifecycle -------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, title: str = "", password: Password | None = None) -> Project:
        """A new project; encrypted with ``password`` when given."""
        return cls(create_project_store(path, title, password))

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        password: Password | None = None,
        check_later: bool = False,
    ) -> Project:
        """Open a project; an encrypted one needs ``password`` (PasswordRequiredError
        without, WrongPasswordError with a wrong one; the file is untouched either way).
        ``check_later``: the thorough damage check runs in the background (the app's
        choice: a large project opens without waiting for it; see :mod:`db.damage`).
        A ``postgresql://`` address (a ``str``) opens a team project."""
        if isinstance(path, str) and is_team_url(path):
            return cls.open_team(path, read_only=read_only)
        store = open_store(Path(path), read_only=read_only, key=password, check_later=check_later)
        return cls(store)

    def damage_found(self) -> str | None:
        """The background check's finding: None while it runs or when there is no damage."""
        check = self.store.pending_check
        return check.finding if check is not None and check.done else None

    def quick_damage(self) -> str | None:
        """With ``check_later``: wait for the quick damage check (it runs while the caller
        builds its window) and give its finding (None: no damage found)."""
        check = self.store.pending_check
        return check.wait_quick() if check is not None else None

    @property
    def checking(self) -> bool:
        """Is the background damage check still running?"""
        check = self.store.pending_check
        return check is not None and not check.done

    @classmethod
    def open_team(cls, url: str, *, read_only: bool = False, password: str = "") -> Project:
        """Open the team project in the PostgreSQL database at ``url`` (a libpq URL; a
        ``password`` from the keychain or a dialog is given apart, never shown)."""
        return cls(open_team_store(url, read_only=read_only, password=password))

    def one_look(self) -> contextlib.AbstractContextManager[None]:
        """The reads of every service inside the block share one read transaction (the
        panes refreshing after an action: one state of the project, one transaction)."""
        return self.store.one_look()

    def close(self) -> None:
        unlimit_new_files(self)
        self.store.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def encrypted(self) -> bool:
        return self.store.encrypted

    # -- metadata --------------------------------------------------------------------

    @property
    def title(self) -> str:
        with self.store.read() as s:
            return get_meta(s, TITLE, self.path.stem)

    def set_title(self, title: str) -> Outcome[str]:
        title = " ".join(title.split())
        with self.store.write() as s:
            before = get_meta(s, TITLE)
            set_meta(s, TITLE, title)
            record(s, "rename project", "project", None, before=before, after=title)
        return Outcome(title, ChangeSet.of(Entity.PROJECT, Op.UPDATED, [0]))

    def info(self) -> ProjectInfo:
        def count(model: type[m.Base]) -> int:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)

        with self.store.read() as s:
            revision = s.execute(m.text_revision()).scalar_one()
            return ProjectInfo(
                path=self.store.location,
                title=get_meta(s, TITLE, self.path.stem),
                guid=get_meta(s, GUID),
                schema=str(revision),
                read_only=self.read_only,
                sources=count(m.Source),
                participants=count(m.Participant),
                speakers=count(m.Speaker),
                turns=count(m.Turn),
                words=int(s.scalar(select(func.coalesce(func.sum(m.Source.word_count), 0))) or 0),
                codes=count(m.Code),
                codings=count(m.Coding),
                coders=count(m.Coder),
                themes=count(m.Theme),
                memos=count(m.Memo),
                encrypted=self.encrypted,
            )


def check(path: Path, password: Password | None = None) -> list[str]:
    """Every check the file has, one line per finding (empty: ``ok``): its structure with
    every index and the full-text index, its foreign keys (see :mod:`db.damage`), then
    whether its search index is in step with the texts (a project of an older schema gets
    one when upgraded)."""
    path = Path(path).resolve()
    problems = integrity_problems(path, password)
    if problems or not inspect_file(path, password, check=None).is_current:
        return problems
    store = open_store(path, read_only=True, key=password)
    try:
        with store.read() as s:
            stale = out_of_step(s.connection())
    finally:
        store.close()
    return [stale_index_message(stale)] if stale else []


__all__ = ["Project", "check"]
