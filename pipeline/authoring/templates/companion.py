"""The packaged template of the internal companion to the preparation (for the quality manager)."""

from __future__ import annotations

from pipeline.authoring.templates.word import Bold, Builder, Column, Paragraphs, Small


def companion(b: Builder, w: dict[str, str]) -> None:
    """Write the internal companion's template into `b`."""
    b.para("{{ doc.title }}", style="Title")
    b.para("{{ doc.organisation }}", style="Subtitle")
    b.para(Bold(w["companion_intro"]))
    b.heading(w["sources_heading"], 1)
    b.fields(
        (
            (w["referential"], "{{ referential }}"),
            (w["why_version"], "{{ referential_reason }}"),
            (
                w["source"],
                Paragraphs((("{{ referential_source }}",), (Small("{{ referential_url }}"),))),
            ),
            (w["provenance"], "{{ provenance }}"),
            (w["grading_caveat"], "{{ grading_caveat }}"),
            (w["calendar_rule"], "{{ calendar_rule }}"),
            (w["duration_rule"], "{{ duration_rule }}"),
        )
    )
    b.heading(w["v10_change"], 1)
    b.table(
        (Column(w["indicator"], 3.0), Column(w["v10_change"], b.width - 3.0)),
        (("{{ i.number }}", "{{ i.change }}"),),
        loop="{%tr for i in indicators %}",
    )
    b.heading(w["per_indicator"], 1)
    b.tag("{%p for i in indicators %}")
    b.heading(f"{w['indicator']} {{{{ i.number }}}}", 2)
    b.para("{{ i.wording }}", style="Quote")
    b.heading(w["at_audit"], 3)
    b.tag("{%p for n in i.notes %}")
    b.para("{{ n }}", style="List Bullet")
    b.tag("{%p endfor %}")
    b.heading(w["v10_change"], 3)
    b.para("{{ i.change }}")
    b.tag("{%p if i.wording_v9 %}")
    b.para(Small(w["v9_wording"]), " ", Small("{{ i.wording_v9 }}"))
    b.tag("{%p endif %}")
    b.para(Small(w["data_sources"]), " ", Small("{{ i.sources }}"))
    b.tag("{%p endfor %}")
