"""A function run in a fresh (spawned) process, its return value sent back: for a measurement that must not
share this process's memory, nor start from pages this process freed."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


class ChildFailed(RuntimeError):
    """The function raised in the child, or the child died (e.g. killed when out of memory)."""


@dataclass
class _Failure:
    message: str


def in_child(function: Callable[..., Any], *args: Any) -> Any:
    """`function(*args)` in a spawned process (both must pickle); its result, or ChildFailed saying why not."""
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_call, args=(send, function, *args))
    child.start()
    send.close()
    try:
        result = receive.recv()
    except EOFError:
        child.join()
        raise ChildFailed(
            f"the child process ended with code {child.exitcode} (-9: killed, most likely out of memory)"
        ) from None
    child.join()
    if isinstance(result, _Failure):
        raise ChildFailed(result.message)
    return result


def _call(send: Any, function: Callable[..., Any], *args: Any) -> None:
    try:
        send.send(function(*args))
    except Exception as error:  # reported by the parent
        send.send(_Failure(f"{type(error).__name__}: {error}"))
