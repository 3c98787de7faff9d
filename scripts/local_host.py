"""The built site served on 127.0.0.1 as a real host serves it, for the scripts that measure it in a
browser (Lighthouse, one search's bytes): text is compressed (gzip) when the browser accepts it, as
GitHub Pages does; Pagefind's index files are compressed already and go as they are. Each response's
body, as sent, is recorded in order (path, bytes), so a script can add up what a reader downloads.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".txt", ".xml", ".csv")


class Handler(http.server.SimpleHTTPRequestHandler):
    sent: list[tuple[str, int]]  # set per server by served()

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if not path.is_file() or path.suffix not in COMPRESSED or "gzip" not in self.headers.get("Accept-Encoding", ""):
            head = super().send_head()
            if head is not None and hasattr(head, "fileno"):
                self.sent.append((self.path, path.stat().st_size))
            return head
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        kind = self.guess_type(str(path))
        self.send_header("Content-Type", kind + ("; charset=utf-8" if kind.startswith("text/") else ""))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        self.sent.append((self.path, len(body)))
        return io.BytesIO(body)


@contextlib.contextmanager
def served(site: Path) -> Iterator[tuple[str, list[tuple[str, int]]]]:
    """The site's address on 127.0.0.1, and the list the server appends (path, bytes sent) to."""
    sent: list[tuple[str, int]] = []
    handler = type("Recording", (Handler,), {"sent": sent})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", sent
    finally:
        server.shutdown()
        server.server_close()
