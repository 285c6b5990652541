"""The Jinja environment templates run in: sandboxed, autoescaped, strict, with loop limits.

Templates are data someone may have edited (workspace overrides): they can show the context,
never reach Python internals (`''.__class__`), never loop without end, never turn user text
into markup (`|safe` is removed), and every value they print is escaped for XML.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import wraps
from types import BuiltinMethodType, MethodType
from typing import Any

from jinja2 import StrictUndefined
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context, markup_join, str_join
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from pipeline.core.stop import stop_requested
from pipeline.render.formats import strip_forbidden

LOOP_LIMIT = 2_000_000  # iterations per document: far above 100,000-row registers
INT_LIMIT = 1_000_000  # largest number a template may pass to a function or a filter
REPEAT_LIMIT = 1_000_000  # longest string or list `*` may build
_WIDTH = re.compile(r"\d{6,}")
_METHODS = (MethodType, BuiltinMethodType)


class LoopLimitError(Exception):
    """A template went over the loop budget of one document."""


class RenderBudgetError(Exception):
    """A render went over its whole budget of time or memory, or the process must stop.

    `kind` is "time", "memory" or "stopped".
    """

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class Budget:
    """What one whole render may spend (settings [render] max_seconds, max_megabytes)."""

    seconds: float = 120.0
    megabytes: float = 256.0


class RowsSentinel(Markup):
    """The placeholder a fast table loop leaves in the output, replaced by its rows later."""


@dataclass(slots=True)
class RenderState:
    """What one rendering needs beside the context: its budgets and the deferred rows.

    The whole render (every part of one document) shares one budget of loop iterations, of
    time and of text produced, checked as it goes; a stop request ends it too.
    """

    budget: int = LOOP_LIMIT
    pending: list[tuple[int, Sequence[object]]] = field(default_factory=list)
    deadline: float = math.inf  # time.monotonic() past which the render stops
    room: int = 1 << 62  # characters the render may still produce

    @classmethod
    def within(cls, budget: Budget) -> RenderState:
        """Return the state of a render that starts now, within `budget`."""
        room = int(budget.megabytes * 1024 * 1024)
        return cls(deadline=time.monotonic() + budget.seconds, room=room)

    def spend(self, count: int, produced: int = 0) -> None:
        """Count `count` iterations and `produced` characters against the budgets; raise
        LoopLimitError or RenderBudgetError past them (or when the process must stop)."""
        self.budget -= count
        if self.budget < 0:
            raise LoopLimitError(LOOP_LIMIT)
        self.produce(produced)

    def produce(self, characters: int) -> None:
        """Count text produced; check the time and the stop request as well."""
        self.room -= characters
        if self.room < 0:
            raise RenderBudgetError("memory")
        if time.monotonic() > self.deadline:
            raise RenderBudgetError("time")
        if stop_requested():
            raise RenderBudgetError("stopped")


CURRENT: ContextVar[RenderState] = ContextVar("qualiopi_render_state")


def _finalize(value: object) -> object:
    """Drop the characters XML cannot carry from every printed value (rows placeholders aside)."""
    if type(value) is RowsSentinel:
        return value
    _produced(len(value) if isinstance(value, str) else 1)
    if isinstance(value, Markup):
        return Markup(strip_forbidden(str(value)))
    if isinstance(value, str):
        return strip_forbidden(value)
    _check_size(value)
    return value


def _check_size(value: object) -> None:
    """Refuse a list or mapping whose printed text would be too long (nested lists that double
    at each step print as trillions of characters long before the text itself exists)."""
    if not isinstance(value, list | tuple | set | frozenset | dict):
        return
    budget = REPEAT_LIMIT
    stack: list[object] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
        budget -= len(item) if isinstance(item, str) else 1
        if budget < 0:
            raise SecurityError("text too long")


class DocumentSandbox(ImmutableSandboxedEnvironment):
    """The sandbox every Word template is compiled in."""

    intercepted_binops = frozenset({"*", "**", "+"})

    def __init__(self, autoescape: bool = True) -> None:
        super().__init__(
            autoescape=autoescape,
            undefined=StrictUndefined,
            finalize=_finalize,
            keep_trailing_newline=True,
        )
        del self.filters["safe"]  # user text must never become markup
        self.filters["format"] = _format
        self.filters["center"] = _capped(self.filters["center"])
        self.filters["indent"] = _capped(self.filters["indent"])
        self.filters = {name: _bounded(f) for name, f in self.filters.items()}
        self._verdicts: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Refuse str.format (a width can allocate gigabytes); otherwise the sandbox's rule.

        The verdict depends on the type of `obj` and on `attr` only (never on `value`):
        `getattr` remembers it per pair.
        """
        if isinstance(obj, str) and attr in ("format", "format_map"):
            return False
        return bool(super().is_safe_attribute(obj, attr, value))

    def getattr(self, obj: Any, attribute: str) -> Any:
        """Read `obj.attribute` for a template exactly as the sandbox does, without asking
        again for a kind of object and attribute already judged safe (a long table reads the
        same fields of thousands of records)."""
        key = (type(obj), attribute)
        safe = self._verdicts.get(key)
        if safe is None:
            safe = self._verdicts[key] = self.is_safe_attribute(obj, attribute, None)
        if safe:
            try:
                value = getattr(obj, attribute)
            except AttributeError:
                return super().getattr(obj, attribute)
            if type(value) not in _METHODS:  # a str.format the sandbox would wrap
                return value
        return super().getattr(obj, attribute)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """Compute `*` and `**` only when the result stays small."""
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise SecurityError("exponent too large")
        if operator == "*":
            _check_repeat(left, right)
            _check_repeat(right, left)
        sized = (str, list, tuple)
        if (
            operator == "+"
            and isinstance(left, sized)
            and isinstance(right, sized)
            and len(left) + len(right) > REPEAT_LIMIT
        ):
            raise SecurityError("text too long")
        result = super().call_binop(context, operator, left, right)
        _produced(len(result) if isinstance(result, str | list | tuple) else 0)
        return result

    def call(
        __self,
        __context: Context,
        __obj: Any,
        *args: Any,  # noqa: N805
        **kwargs: Any,
    ) -> Any:
        """Call a function from a template, refusing huge numbers as arguments."""
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and abs(value) > INT_LIMIT:
                raise SecurityError(f"number too large: {value}")
        return super().call(__context, __obj, *args, **kwargs)

    def qd_loop(self, iterable: Iterable[Any], body: int = 0) -> Iterator[Any]:
        """Yield the items of a template loop, counting them (and the `body` characters of
        fixed text each one writes) against the document's budget."""
        state = CURRENT.get()
        for item in iterable:
            state.spend(1, body)
            yield item

    def qd_concat(self, *parts: Any) -> str:
        """Join the operands of `~` as Jinja does, refusing texts that grow without bound."""
        size = sum(len(str(part)) for part in parts)
        if size > REPEAT_LIMIT:
            raise SecurityError("text too long")
        _produced(size)
        return markup_join(parts) if self.autoescape else str_join(parts)  # keeps Markup

    def qd_rows(self, items: Iterable[Any], pattern: int) -> RowsSentinel:
        """Defer a fast table loop: remember its items, leave a placeholder in the output."""
        state = CURRENT.get()
        rows = items if isinstance(items, Sequence) else tuple(items)
        state.spend(len(rows))
        state.pending.append((pattern, rows))
        return RowsSentinel(f'<qd-rows i="{len(state.pending) - 1}"/>')


def _produced(characters: int) -> None:
    state = CURRENT.get(None)
    if state is not None:
        state.produce(characters)


def _check_repeat(sequence: Any, times: Any) -> None:
    if (
        isinstance(sequence, str | list | tuple)
        and isinstance(times, int)
        and len(sequence) * times > REPEAT_LIMIT
    ):
        raise SecurityError("repetition too large")


def _format(value: str, *args: Any, **kwargs: Any) -> str:
    if _WIDTH.search(str(value)):
        raise SecurityError("format width too large")
    return str(value) % (kwargs or args)


def _bounded(function: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a filter so that no text it returns can keep growing (replace, join... in a loop)."""

    @wraps(function)  # keeps Jinja's pass_context / pass_environment marks
    def bounded(*args: Any, **kwargs: Any) -> Any:
        for value in (*args, *kwargs.values()):
            _check_size(value)
        _produced(0)  # a filter may be slow (wordwrap): check the time before each call
        result = function(*args, **kwargs)
        if isinstance(result, str) and len(result) > REPEAT_LIMIT:
            raise SecurityError("text too long")
        _produced(len(result) if isinstance(result, str) else 0)
        return result

    return bounded


def _capped(function: Callable[..., Any]) -> Callable[..., Any]:
    def capped(*args: Any, **kwargs: Any) -> Any:
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and abs(value) > 1_000:
                raise SecurityError("width too large")
        return function(*args, **kwargs)

    return capped
