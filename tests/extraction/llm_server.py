"""A small OpenAI-compatible chat server on 127.0.0.1 that replays the answers in tests/data/llm/*.json.

It checks each request as a real server would (path, model name, system and user messages) and
answers 400 when it does not fit, so a test against it can fail. Tests can make it fail first
(`failures`), answer slowly (`delay_s`) or refuse `response_format` (`json_mode=False`).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

RECORDINGS = Path(__file__).resolve().parents[1] / "data" / "llm"


def recording(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((RECORDINGS / f"{name}.json").read_text(encoding="utf-8"))
    return data


class ReplayServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, model: str):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.model = model
        self.answers = [a for path in sorted(RECORDINGS.glob("*.json")) for a in recording(path.stem)["answers"]]
        self.requests: list[dict[str, Any]] = []  # {"headers": {...}, "body": {...}} of every POST
        self.failures: list[int] = []  # statuses to answer with before replaying
        self.delay_s = 0.0
        self.json_mode = True

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def reply(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if body.get("model") != self.model:
            return 400, _error(f"model {body.get('model')!r} not found; this server has {self.model!r}")
        messages = body.get("messages")
        if not isinstance(messages, list) or not all(isinstance(m, dict) for m in messages):
            return 400, _error("'messages' must be a list of objects")
        roles = [m.get("role") for m in messages]
        contents = [m.get("content") for m in messages]
        if roles != ["system", "user"] or not all(isinstance(c, str) and c for c in contents):
            return 400, _error(f"expected a system and a user message with text, got roles {roles}")
        if "response_format" in body and not self.json_mode:
            return 400, _error("response_format is not supported by this server")
        if self.failures:
            return self.failures.pop(0), _error("overloaded, try again")
        time.sleep(self.delay_s)
        found = [a for a in self.answers if a["match"] in contents[1]]
        if len(found) != 1:
            return 400, _error(f"{len(found)} recorded answers fit this text")
        answer = found[0]["answer"]
        content = answer if isinstance(answer, str) else json.dumps(answer)
        return 200, {
            "id": "chatcmpl-replay",
            "object": "chat.completion",
            "model": self.model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        }


def _error(message: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": "invalid_request_error"}}


class _Handler(BaseHTTPRequestHandler):
    server: ReplayServer

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("content-length", 0)))
        if self.path != "/v1/chat/completions":
            status, payload = 404, _error(f"no route {self.path}")
        else:
            try:
                body = json.loads(raw)
            except json.JSONDecodeError:
                status, payload = 400, _error("body is not JSON")
            else:
                self.server.requests.append({"headers": dict(self.headers), "body": body})
                status, payload = self.server.reply(body)
        data = json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting
            pass

    def log_message(self, *_: Any) -> None:
        pass


@contextmanager
def replay_server(model: str = "replay-7b") -> Iterator[ReplayServer]:
    server = ReplayServer(model)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
