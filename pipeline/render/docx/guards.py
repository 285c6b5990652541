"""A template's parsed tree, checked and rewritten before it is compiled: loops and joins routed
through the sandbox's limits, autoescaping kept on, the names a template may leave undefined.
"""

from __future__ import annotations

from typing import Any

from jinja2 import nodes
from jinja2.exceptions import TemplateSyntaxError
from jinja2.visitor import NodeTransformer

ROWS_CALL = "__qd_rows__"


def guard_loops(template: nodes.Template) -> nodes.Template:
    """Route loops and `~` joins of a parsed template through the limits (in place).

    Environment attributes cannot be rebound from a template (`{% set %}` only shadows
    names), so a template cannot switch the counting off.
    """
    result = _Guard().visit(template)
    assert isinstance(result, nodes.Template)
    return result


def refuse_autoescape(template: nodes.Template) -> None:
    """Raise TemplateSyntaxError when a template would switch autoescaping off."""
    for modifier in (
        *template.find_all(nodes.ScopedEvalContextModifier),
        *template.find_all(nodes.EvalContextModifier),
    ):
        raise TemplateSyntaxError(
            "the autoescape tag is not allowed: text is always escaped", modifier.lineno
        )


_DEFAULTS = frozenset({"default", "d"})
_DEFINED = frozenset({"defined", "undefined"})


def guarded_names(template: nodes.Template) -> frozenset[str]:
    """Return the names a template may use without the context providing them.

    As in docxtpl: a name only read through `|default(…)`, or tested with `is defined`,
    is optional. Anywhere else a missing name stays an error (StrictUndefined says where).
    """
    shielded: set[int] = set()
    tested: set[str] = set()
    for node in template.find_all((nodes.Filter, nodes.Test)):
        operand = node.node
        if not isinstance(operand, nodes.Name):
            continue
        if isinstance(node, nodes.Filter) and node.name in _DEFAULTS:
            shielded.add(id(operand))
        elif isinstance(node, nodes.Test) and node.name in _DEFINED:
            shielded.add(id(operand))
            tested.add(operand.name)
    bare = {
        name.name
        for name in template.find_all(nodes.Name)
        if name.ctx == "load" and id(name) not in shielded
    }
    used = {name.name for name in template.find_all(nodes.Name)}
    return frozenset((used - bare) | tested)


class _Guard(NodeTransformer):
    """Rewrite loops, joins and the deferred-rows call to go through the environment."""

    def visit_For(self, node: nodes.For) -> nodes.Node:  # noqa: N802 (Jinja's visitor names)
        body = sum(
            len(data.data) for item in node.body for data in item.find_all(nodes.TemplateData)
        )
        self.generic_visit(node)
        node.iter = _env_call("qd_loop", [node.iter, nodes.Const(body)])
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:  # noqa: N802
        self.generic_visit(node)
        return _env_call("qd_concat", list(node.nodes))

    def visit_Call(self, node: nodes.Call) -> nodes.Node:  # noqa: N802
        self.generic_visit(node)
        if isinstance(node.node, nodes.Name) and node.node.name == ROWS_CALL:
            node.node = nodes.EnvironmentAttribute("qd_rows")
        return node


def _env_call(name: str, args: list[Any]) -> nodes.Call:
    return nodes.Call(nodes.EnvironmentAttribute(name), args, [], None, None)
