"""What the view shows of one source: its text, the position map between our code points
and Qt's UTF-16 units, and the per-paragraph index of codings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ikt_desktop.domain.coding.intervals import BlockIndex, Mark
from ikt_desktop.domain.transcripts.positions import PositionMap
from ikt_desktop.services.dto import CodingDTO


@dataclass
class CodeStyle:
    name: str
    color: str


@dataclass
class SourceView:
    source_id: int
    text: str
    positions: PositionMap
    index: BlockIndex
    codings: dict[int, CodingDTO] = field(default_factory=dict)
    interviewer_blocks: frozenset[int] = frozenset()
    speaker_names: frozenset[str] = frozenset()
    revision: int = 0  # one more with each coding added or removed

    @classmethod
    def build(
        cls,
        source_id: int,
        text: str,
        codings: Iterable[CodingDTO],
        interviewer_starts: Iterable[int] = (),
        speaker_names: Iterable[str] = (),
    ) -> SourceView:
        codings = list(codings)
        index = BlockIndex.for_text(text, [mark_of(c) for c in codings])
        blocks = frozenset(index.block_of(start) for start in interviewer_starts)
        return cls(
            source_id, text, PositionMap.for_text(text), index, {c.id: c for c in codings},
            blocks, frozenset(speaker_names),
        )  # fmt: skip

    def add(self, coding: CodingDTO) -> range:
        self.codings[coding.id] = coding
        self.revision += 1
        return self.index.add(mark_of(coding))

    def remove(self, coding_id: int) -> range:
        coding = self.codings.pop(coding_id, None)
        self.revision += 1
        return self.index.remove(mark_of(coding)) if coding else range(0)

    def codes_in(self, block: int) -> list[int]:
        return sorted({m.code_id for m in self.index.marks_in(block)})

    def coders_in(self, block: int, code_id: int) -> list[int]:
        """Who applied ``code_id`` in this paragraph (coder ids, sorted)."""
        return sorted({self.codings[m.coding_id].coder_id for m in self.index.marks_in(block)
                       if m.code_id == code_id and m.coding_id in self.codings})  # fmt: skip


def mark_of(coding: CodingDTO) -> Mark:
    return Mark(coding.start, coding.end, coding.code_id, coding.id)


CodeStyles = Mapping[int, CodeStyle]
