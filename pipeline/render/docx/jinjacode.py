"""A parsed template turned into Jinja's Python code once, noting the names it reads meanwhile.

Jinja finds the names a template reads from its context (`meta.find_undeclared_variables`)
by generating the template's code a first time just to watch it. Here the generation that
makes the template notes them too: one pass over the template instead of two, same code.
"""

from __future__ import annotations

from io import StringIO

from jinja2 import Environment, Template, nodes
from jinja2.compiler import CodeGenerator, Frame


class _Noting(CodeGenerator):
    """Jinja's code generator, noting the names looked up in the context (as `meta` does)."""

    def __init__(self, environment: Environment, stream: StringIO) -> None:
        super().__init__(environment, None, None, stream, False, environment.optimized)
        self.names: set[str] = set()

    def enter_frame(self, frame: Frame) -> None:
        """Remember every name a frame resolves from the context (not the globals)."""
        super().enter_frame(frame)
        for action, param in frame.symbols.loads.values():
            if action == "resolve" and param not in self.environment.globals:
                self.names.add(param)


def generate(env: Environment, tree: nodes.Template) -> tuple[str, frozenset[str]]:
    """Return the Python code of a parsed template and the names it reads from its context.

    Raises TemplateSyntaxError (TemplateAssertionError) as Jinja's compiler does.
    """
    code = StringIO()
    generator = _Noting(env, code)
    generator.visit(tree)
    return code.getvalue(), frozenset(generator.names)


def template_of(env: Environment, code: str) -> Template:
    """Return the template of generated code, as `env.from_string` makes it of a tree."""
    compiled = compile(code, "<template>", "exec")
    return env.template_class.from_code(env, compiled, env.make_globals(None), None)
