"""The packaged templates of the action plan and the validation report."""

from __future__ import annotations

from docx.shared import Cm

from pipeline.authoring.templates.preparation import cover
from pipeline.authoring.templates.word import Bold, Builder, Column, Hi, Small


def action_plan(b: Builder, w: dict[str, str]) -> None:
    """Write the non-conformity action plan's template into `b`."""
    cover(b, w, "{{ doc.title }}", short=True)
    b.heading(w["overview"], 1)
    b.table(
        (
            Column(w["total"], 2.4),
            Column(w["minor"], 2.6),
            Column(w["major"], 2.6),
            Column(w["ungraded"], 2.8),
            Column(w["open"], 2.6),
            Column(w["awaiting"], 4.0),
        ),
        (
            (
                "{{ counts.total }}",
                "{{ counts.minor }}",
                "{{ counts.major }}",
                "{{ counts.ungraded }}",
                "{{ counts.open }}",
                "{{ counts.awaiting }}",
            ),
        ),
    )
    b.tag("{%p if warning %}")
    b.para(Hi("{{ warning }}"))
    b.tag("{%p endif %}")
    b.heading(w["nc_by_indicator"], 2)
    b.table(
        (
            Column(w["indicator"], 2.0),
            Column(w["wording"], 11.0),
            Column(w["minor"], 2.0),
            Column(w["major"], 2.0),
        ),
        (("{{ r.number }}", "{{ r.wording }}", "{{ r.minor }}", "{{ r.major }}"),),
        loop="{%tr for r in by_indicator %}",
    )
    b.heading(w["rules"], 2)
    b.tag("{%p for rule in rules %}")
    b.para(Small("{{ rule }}"), style="List Bullet")
    b.tag("{%p endfor %}")
    b.heading(w["nonconformities"], 1)
    b.tag("{%p if empty %}")
    b.para("{{ empty }}")
    b.tag("{%p endif %}")
    b.tag("{%p for n in nonconformities %}")
    b.heading(f"{{{{ n.id }}}} — {w['indicator']} {{{{ n.indicator }}}}", 2)
    b.fields(
        (
            (w["indicator"], ("{{ n.indicator }} — {{ n.wording }}", Hi("{{ n.wording_todo }}"))),
            (w["grade"], ("{{ n.grade }}", Hi("{{ n.grade_todo }}"))),
            (w["audit_date"], "{{ n.audit_date }}"),
            (w["finding"], ("{{ n.finding }}", Hi("{{ n.finding_todo }}"))),
            (w["root_cause"], ("{{ n.root_cause }}", Hi("{{ n.root_cause_todo }}"))),
            (
                w["corrective_action"],
                ("{{ n.corrective_action }}", Hi("{{ n.corrective_action_todo }}")),
            ),
            (w["owner"], ("{{ n.owner }}", Hi("{{ n.owner_todo }}"))),
            (
                w["deadline"],
                (
                    Bold("{{ n.deadline }}"),
                    Hi("{{ n.deadline_todo }}"),
                    " ",
                    Small("{{ n.deadline_note }}"),
                ),
            ),
            (w["status"], ("{{ n.status }}", Hi("{{ n.status_todo }}"))),
            (
                w["correction_evidence"],
                ("{{ n.correction_evidence }}", Hi("{{ n.correction_evidence_todo }}")),
            ),
            (w["effectiveness"], ("{{ n.effectiveness }}", Hi("{{ n.effectiveness_todo }}"))),
        )
    )
    b.tag("{%p endfor %}")
    _signatures(b, w)


def _signatures(b: Builder, w: dict[str, str]) -> None:
    b.heading(w["approval"], 1)
    table = b.table(
        (
            Column(w["role"], 4.5),
            Column(w["name"], 4.5),
            Column(w["date"], 3.0),
            Column(w["signature"], 5.0),
        ),
        ((w["quality_manager"], "", "", ""), (w["director"], "", "", "")),
    )
    for row in table.rows[1:]:
        row.height = Cm(1.8)


def validation_report(b: Builder, w: dict[str, str]) -> None:
    """Write the validation report's template into `b` (landscape)."""
    b.para("{{ doc.title }}", style="Title")
    b.para("{{ doc.organisation }}", style="Subtitle")
    b.fields(
        (
            (w["referential"], "{{ referential_reason }}"),
            (w["errors"], "{{ errors }}"),
            (w["warnings"], "{{ warnings }}"),
            (w["generated_col"], "{{ doc.generated }}"),
        )
    )
    b.para(Bold("{{ verdict }}"))
    b.tag("{%p if conflicts %}")
    b.heading(w["conflicts"], 1)
    b.para("{{ conflicts_said }}")
    b.table(
        (
            Column(w["document"], 4.5),
            Column(w["passage"], 5.5),
            Column(w["by_hand"], (b.width - 10.0) / 2),
            Column(w["from_workbooks"], (b.width - 10.0) / 2),
        ),
        (("{{ c.document }}", "{{ c.section }}", "{{ c.mine }}", "{{ c.theirs }}"),),
        loop="{%tr for c in conflicts %}",
    )
    b.tag("{%p endif %}")
    b.tag("{%p if skipped %}")
    b.heading(w["not_produced"], 1)
    b.table(
        (Column(w["document"], 7.0), Column(w["why"], b.width - 7.0)),
        (("{{ s.name }}", "{{ s.reason }}"),),
        loop="{%tr for s in skipped %}",
    )
    b.tag("{%p endif %}")
    b.heading(w["findings"], 1)
    b.tag("{%p if empty %}")
    b.para("{{ empty }}")
    b.tag("{%p endif %}")
    b.tag("{%p for f in files %}")
    b.heading("{{ f.name }}", 2)
    b.para("{{ f.counts }}")
    b.table(
        (
            Column(w["severity"], 2.0),
            Column(w["sheet"], 2.6),
            Column(w["cell"], 1.5),
            Column(w["indicator"], 2.2),
            Column(w["message"], 8.2),
            Column(w["hint"], 6.4),
            Column(w["code"], 3.8),
        ),
        (
            (
                "{{ x.severity }}",
                "{{ x.sheet }}",
                "{{ x.cell }}",
                "{{ x.indicator }}",
                "{{ x.message }}",
                "{{ x.hint }}",
                Small("{{ x.code }}"),
            ),
        ),
        loop="{%tr for x in f.findings %}",
    )
    b.tag("{%p endfor %}")
