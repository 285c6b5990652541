"""The packaged template of the preparatory document (variables: the Preparation context)."""

from __future__ import annotations

from docx.shared import Pt

from pipeline.authoring.templates.word import Bold, Builder, Column, Hi, Link, Small


def cover(b: Builder, w: dict[str, str], title: str, short: bool = False) -> None:
    """Title, organisation and the cover form (the action plan's is `short`)."""
    b.para(title, style="Title")
    b.para("{{ doc.organisation }}", style="Subtitle")
    rows = (
        (w["organisation"], ("{{ cover.organisation }}", Hi("{{ cover.organisation_todo }}"))),
        (w["siret"], ("{{ cover.siret }}", Hi("{{ cover.siret_todo }}"))),
        (
            w["declaration"],
            ("{{ cover.declaration_number }}", Hi("{{ cover.declaration_number_todo }}")),
        ),
        (w["address"], "{{ cover.address }}"),
        (w["contact"], ("{{ cover.quality_contact }}", Hi("{{ cover.quality_contact_todo }}"))),
        (w["categories"], "{{ cover.categories }}"),
        (w["certifier"], ("{{ cover.certifier }}", Hi("{{ cover.certifier_todo }}"))),
        (
            w["audit"],
            (
                "{{ cover.audit_type }}",
                Hi("{{ cover.audit_type_todo }}"),
                " — ",
                "{{ cover.audit_date }}",
                Hi("{{ cover.audit_date_todo }}"),
            ),
        ),
        (w["referential"], "{{ cover.referential }}"),
        (w["why_version"], "{{ cover.referential_reason }}"),
        (w["generated_col"], "{{ cover.generated }}"),
    )
    if short:
        keep = {
            w[k]
            for k in (
                "organisation",
                "siret",
                "certifier",
                "audit",
                "referential",
                "why_version",
                "generated_col",
            )
        }
        b.fields(tuple(row for row in rows if row[0] in keep))
        return
    b.fields(rows)


def build(b: Builder, w: dict[str, str]) -> None:
    """Write the preparatory document's template into `b`."""
    _heading_pages(b)
    cover(b, w, "{{ doc.title }}")
    b.page_break()
    b.contents(w["contents"], w["toc"])
    b.tag("{%p if cover.introduction %}")
    b.heading(w["introduction"], 1)
    b.para("{{ cover.introduction }}")
    b.tag("{%p endif %}")
    _summary(b, w)
    _criteria(b, w)
    _annex(b, w)


def _heading_pages(b: Builder) -> None:
    """Each criterion (Heading 1) starts a page: the document reads as one chapter each."""
    b.doc.styles["Heading 1"].paragraph_format.page_break_before = True


def _summary(b: Builder, w: dict[str, str]) -> None:
    b.heading(w["summary"], 1)
    b.para(
        Bold("{{ summary.applicable }}"),
        f" {w['applies']} ",
        "{{ summary.total }} ",
        w["applies_end"],
        " ({{ doc.referential }})",
    )
    b.tag("{%p if summary.scope_legend %}")
    b.para("{{ summary.scope_legend }}")
    b.tag("{%p endif %}")
    b.heading(w["indicator_status"], 2)
    b.table(
        (Column(w["status"], 8), Column(w["indicators"], 3)),
        (("{{ r.label }}", "{{ r.count }}"),),
        loop="{%tr for r in summary.readiness %}",
    )
    b.heading(w["by_criterion"], 2)
    b.table(
        (
            Column(w["criterion"], 7.4),
            Column(w["applicable"], 4.6),
            Column(w["ready"], 1.6),
            Column(w["to_complete"], 1.8),
            Column(w["open_nc"], 1.6),
        ),
        (
            (
                "{{ c.number }}. {{ c.title }}",
                "{{ c.applicable }}",
                "{{ c.ready }}",
                "{{ c.to_complete }}",
                "{{ c.open_nc }}",
            ),
        ),
        loop="{%tr for c in summary.criteria %}",
    )
    b.heading(w["by_indicator"], 2)
    b.table(
        (Column(w["indicator"], 3), Column(w["criterion"], 3), Column(w["status"], 6)),
        (
            (
                "{{ i.number }}{{ i.scope_mark }}",
                "{{ i.criterion }}",
                ("{{ i.readiness }}", Hi("{{ i.readiness_alert }}")),
            ),
        ),
        loop="{%tr for i in summary.indicators %}",
    )
    b.heading(w["calendar"], 2)
    b.tag("{%p for line in calendar.lines %}")
    b.para("{{ line }}", style="List Bullet")
    b.tag("{%p endfor %}")
    b.para(Small("{{ calendar.rule }}"))
    b.heading(w["duration"], 2)
    b.tag("{%p if duration.estimate %}")
    b.para(w["estimate"], " ", Bold("{{ duration.estimate }}"))
    b.tag("{%p endif %}")
    b.para("{{ duration.detail }}")
    b.tag("{%p if duration.note %}")
    b.para(Bold("{{ duration.note }}"))
    b.tag("{%p endif %}")


def _criteria(b: Builder, w: dict[str, str]) -> None:
    b.tag("{%p for c in criteria %}")
    b.heading(f"{w['criterion']} {{{{ c.number }}}} — {{{{ c.title }}}}", 1)
    b.tag("{%p for i in c.indicators %}")
    b.heading(f"{w['indicator']} {{{{ i.number }}}}{{{{ i.scope_mark }}}}", 2)
    b.para("{{ i.wording }}", style="Quote")
    if b.lang == "en":
        b.para(Small(w["official"]), " ", Small("{{ i.wording_official }}"))
    b.heading(w["approach"], 3)
    b.para("{{ i.approach }}", Hi("{{ i.approach_todo }}"))
    b.tag("{%p if i.auditor_note %}")
    b.heading(w["auditor_note"], 3)
    b.para("{{ i.auditor_note }}")
    b.tag("{%p endif %}")
    b.heading(w["evidence"], 3)
    _evidence(b, w)
    b.fields(
        (
            (w["status"], ("{{ i.status }}", Hi("{{ i.status_todo }}"))),
            (w["owner"], ("{{ i.owner }}", Hi("{{ i.owner_todo }}"))),
            (w["last_review"], "{{ i.last_review }}"),
        ),
        label_width=4.0,
    )
    b.tag("{%p if i.nonconformities %}")
    b.heading(w["open_ncs"], 3)
    b.tag("{%p for n in i.nonconformities %}")
    b.para("{{ n }}", style="List Bullet")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    _improvements(b, w)
    b.tag("{%p endfor %}")
    b.tag("{%p endfor %}")


def _evidence(b: Builder, w: dict[str, str]) -> None:
    b.tag("{%p if i.evidence %}")
    b.table(
        (
            Column(w["id"], 1.8),
            Column(w["title"], 5.2),
            Column(w["location"], 5.0),
            Column(w["version"], 2.4),
            Column(w["owner"], 2.6),
        ),
        (
            (
                "{{ e.id }}",
                ("{{ e.title }}", Hi("{{ e.title_todo }}")),
                (
                    Link("e.link", "{{ e.link }}", "{{ e.location }}"),
                    Hi("{{ e.location_todo }}"),
                ),
                "{{ e.version }}",
                "{{ e.owner }}",
            ),
        ),
        loop="{%tr for e in i.evidence %}",
    )
    b.tag("{%p else %}")
    b.para(Hi("{{ i.evidence_todo }}"))
    b.tag("{%p endif %}")
    b.para("").paragraph_format.space_after = Pt(0)


def _improvements(b: Builder, w: dict[str, str]) -> None:
    b.tag("{%p if i.improvements or i.improvements_note %}")
    b.heading(w["improvements"], 3)
    b.tag("{%p if i.improvements %}")
    b.table(
        (
            Column(w["id"], 1.6),
            Column(w["source_col"], 2.4),
            Column(w["description"], 6.6),
            Column(w["owner"], 2.4),
            Column(w["due"], 2.2),
            Column(w["status"], 1.8),
        ),
        (
            (
                "{{ a.id }}",
                "{{ a.source }}",
                "{{ a.description }}",
                "{{ a.owner }}",
                "{{ a.due }}",
                "{{ a.status }}",
            ),
        ),
        loop="{%tr for a in i.improvements %}",
    )
    b.tag("{%p endif %}")
    b.para("{{ i.improvements_note }}", Hi("{{ i.improvements_todo }}"))
    b.tag("{%p endif %}")


def _annex(b: Builder, w: dict[str, str]) -> None:
    b.heading(w["annex"], 1)
    b.tag("{%p if annex %}")
    b.table(
        (
            Column(w["indicator"], 1.8),
            Column(w["criterion"], 1.6),
            Column(w["wording"], 6.6),
            Column(w["reason"], 7.0),
        ),
        (("{{ n.number }}", "{{ n.criterion }}", "{{ n.wording }}", "{{ n.reason }}"),),
        loop="{%tr for n in annex %}",
    )
    b.tag("{%p else %}")
    b.para(w["all_apply"])
    b.tag("{%p endif %}")
