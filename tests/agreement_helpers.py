"""A second, independent coding of a demo transcript, for agreement tests.

The demo ships P1 coded by both coders (for Compare Coders); these tests replace Sam
Okafor's (SO) coding of P1 with their own, known one: most of Dana Whitfield's (DW)
codings the same, some shifted, one left out, one extra."""

from __future__ import annotations

from ikt_desktop.services.project import Project

DW, SO = 1, 2
P1 = 1


def remove_second_coder_p1(project: Project) -> None:
    """The demo as it was before P1 was coded twice: SO coded no transcript that DW did."""
    for c in project.codings.for_source(P1):
        if c.coder_id == SO:
            project.codings.remove(c.id)


def double_code_p1(project: Project) -> None:
    remove_second_coder_p1(project)
    dw = [c for c in project.codings.for_source(P1) if c.coder_id == DW]
    assert len(dw) >= 10
    for i, c in enumerate(dw):
        if i == 3:
            continue  # SO leaves this one out
        start, end = c.start, c.end
        if i % 4 == 1:
            start, end = start + 5, end + 20  # same stretch, boundaries a little off
        project.codings.apply(P1, c.code_id, start, end, coder_id=SO)
    project.codings.apply(P1, dw[0].code_id, 0, 12, coder_id=SO)  # an extra one
