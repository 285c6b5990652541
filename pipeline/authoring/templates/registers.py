"""The packaged templates of the three registers (landscape): feedback, complaints, improvements."""

from __future__ import annotations

from pipeline.authoring.templates.word import Bold, Builder, Column, Hi, Paragraphs, Small


def _title(b: Builder, w: dict[str, str]) -> None:
    b.para("{{ doc.title }}", style="Title")
    b.para("{{ doc.organisation }}", style="Subtitle")
    b.para(w["period"], " ", Bold("{{ period }}"))
    b.para(w["why_version_line"], " {{ doc.reason }}")


def _actions_table(b: Builder, w: dict[str, str], items: str, var: str = "a") -> None:
    b.table(
        (
            Column(w["id"], 2.0),
            Column(w["source_col"], 3.0),
            Column(w["description"], 8.0),
            Column(w["owner"], 3.0),
            Column(w["due"], 2.8),
            Column(w["status"], 2.4),
            Column(w["effectiveness"], 5.5),
        ),
        (
            (
                f"{{{{ {var}.id }}}}",
                f"{{{{ {var}.source }}}}",
                f"{{{{ {var}.description }}}}",
                f"{{{{ {var}.owner }}}}",
                f"{{{{ {var}.due }}}}",
                f"{{{{ {var}.status }}}}",
                f"{{{{ {var}.effectiveness }}}}",
            ),
        ),
        loop=f"{{%tr for {var} in {items} %}}",
    )


def _linked(b: Builder, w: dict[str, str]) -> None:
    b.heading(w["linked"], 1)
    b.tag("{%p if improvements %}")
    _actions_table(b, w, "improvements")
    b.tag("{%p else %}")
    b.para("{{ improvements_none }}")
    b.tag("{%p endif %}")


def feedback(b: Builder, w: dict[str, str]) -> None:
    """Write the feedback register's template into `b`."""
    _title(b, w)
    b.para("{{ total }} ", w["entries_count"])
    b.heading(w["coverage"], 1)
    b.para("{{ rule }}")
    b.table(
        (
            Column(w["group"], 6.0),
            Column(w["required"], 4.0),
            Column(w["entries"], 3.0),
            Column(w["mean"], 4.0),
            Column(w["coverage_col"], 9.7),
        ),
        (
            (
                "{{ g.label }}",
                "{{ g.required }}",
                "{{ g.count }}",
                "{{ g.mean }}",
                ("{{ g.flag }}", Hi("{{ g.flag_alert }}")),
            ),
        ),
        loop="{%tr for g in groups %}",
    )
    b.para(Small("{{ scale }}"))
    b.heading(w["entries"], 1)
    b.tag("{%p if entries %}")
    b.table(
        (
            Column(w["date"], 3.2),
            Column(w["group"], 3.2),
            Column(w["action"], 4.6),
            Column(w["method"], 3.0),
            Column(w["score"], 1.9),
            Column(w["comment"], 7.8),
            Column(w["improvement"], 3.0),
        ),
        (
            (
                "{{ e.date }}",
                "{{ e.group }}",
                "{{ e.action }}",
                "{{ e.method }}",
                ("{{ e.score }}", Hi("{{ e.score_todo }}")),
                "{{ e.comment }}",
                "{{ e.improvements }}",
            ),
        ),
        loop="{%tr for e in entries %}",
    )
    b.tag("{%p else %}")
    b.para(Hi("{{ empty }}"))
    b.tag("{%p endif %}")
    _linked(b, w)


def complaints(b: Builder, w: dict[str, str]) -> None:
    """Write the complaint register's template into `b`."""
    _title(b, w)
    b.tag("{%p if empty %}")
    b.para(Bold("{{ empty }}"))
    b.tag("{%p endif %}")
    b.heading(w["summary"], 1)
    b.fields(
        (
            (w["received"], "{{ received }}"),
            (w["open_count"], "{{ open }}"),
            (w["closed_count"], "{{ closed }}"),
            (w["ack_mean"], "{{ delays.acknowledge_mean }}"),
            (w["ack_longest"], "{{ delays.acknowledge_longest }}"),
            (w["answer_mean"], "{{ delays.answer_mean }}"),
            (w["answer_longest"], "{{ delays.answer_longest }}"),
            (w["not_ack"], "{{ delays.not_acknowledged }}"),
            (w["not_answered"], "{{ delays.not_answered }}"),
        ),
        label_width=8.0,
    )
    b.heading(w["complaints"], 1)
    b.tag("{%p if entries %}")
    b.table(
        (
            Column(w["id"], 1.5),
            Column(w["received_col"], 2.3),
            Column(w["group_channel"], 2.6),
            Column(w["subject"], 5.4),
            Column(w["acknowledged"], 2.4),
            Column(w["answer"], 4.6),
            Column(w["answered"], 2.3),
            Column(w["closed"], 2.3),
            Column(w["status"], 1.6),
            Column(w["improvement"], 1.7),
        ),
        (
            (
                "{{ c.id }}",
                "{{ c.received }}",
                Paragraphs((("{{ c.group }}",), (Small("{{ c.channel }}"),))),
                Paragraphs(((Bold("{{ c.subject }}"),), ("{{ c.description }}",))),
                "{{ c.acknowledged }}",
                "{{ c.answer }}",
                "{{ c.answered }}",
                "{{ c.closed }}",
                "{{ c.status }}",
                "{{ c.improvements }}",
            ),
        ),
        loop="{%tr for c in entries %}",
    )
    b.tag("{%p else %}")
    b.para("{{ empty }}")
    b.tag("{%p endif %}")
    _linked(b, w)


def improvements(b: Builder, w: dict[str, str]) -> None:
    """Write the improvement register's template into `b`."""
    _title(b, w)
    b.heading(w["summary"], 1)
    b.table(
        (Column(w["status"], 6.0), Column(w["count"], 3.0)),
        (("{{ r.label }}", "{{ r.count }}"),),
        loop="{%tr for r in by_status %}",
    )
    b.para("")
    b.table(
        (Column(w["source_col"], 6.0), Column(w["count"], 3.0)),
        (("{{ r.label }}", "{{ r.count }}"),),
        loop="{%tr for r in by_source %}",
    )
    b.tag("{%p if risk.applies %}")
    b.heading(w["risk"], 1)
    b.para("{{ risk.note }}", Hi("{{ risk.todo }}"))
    b.tag("{%p if risk.entries %}")
    _actions_table(b, w, "risk.entries")
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")
    b.heading(w["actions"], 1)
    b.tag("{%p if entries %}")
    b.table(
        (
            Column(w["id"], 1.8),
            Column(w["source_col"], 2.6),
            Column(w["description"], 7.0),
            Column(w["owner"], 2.6),
            Column(w["due"], 2.6),
            Column(w["status"], 2.2),
            Column(w["effectiveness"], 4.4),
            Column(w["answers"], 3.5),
        ),
        (
            (
                "{{ a.id }}",
                "{{ a.source }}",
                "{{ a.description }}",
                "{{ a.owner }}",
                "{{ a.due }}",
                "{{ a.status }}",
                "{{ a.effectiveness }}",
                "{{ a.linked }}",
            ),
        ),
        loop="{%tr for a in entries %}",
    )
    b.tag("{%p else %}")
    b.para("{{ empty }}")
    b.tag("{%p endif %}")
