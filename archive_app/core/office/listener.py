"""Hear other desks' changes: LISTEN on the office archive's channel, with a slow poll as fallback.

``ChangeListener`` runs one thread with its own connection (autocommit, as LISTEN needs). Each
notification — and each ``poll`` seconds of silence — calls ``on_change()``, which applies the change
feed to this desk's index (``Archive.sync_index``). A lost connection (a server restart) is retried
every few seconds; the poll keeps the desk current meanwhile.
"""
from __future__ import annotations

import logging
import threading

from sqlalchemy.engine import make_url

from ..storage.feed import CHANNEL

log = logging.getLogger(__name__)


def libpq_url(url: str) -> str:
    """The URL as libpq takes it (no SQLAlchemy driver suffix)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeListener:
    def __init__(self, url: str, on_change, poll: float = 30.0, retry: float = 3.0):
        self.url = libpq_url(url)
        self.on_change = on_change
        self.poll = poll
        self.retry = retry
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="archive-listener", daemon=True)
        self.listening = threading.Event()      # set while LISTEN is in place (tests, status)
        self._last_poll = 0.0

    def start(self) -> "ChangeListener":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.poll + 5)

    def _changed(self) -> None:
        try:
            self.on_change()
        except Exception:  # noqa: BLE001 - one failed sync must not end the listening
            log.exception("applying the change feed failed")

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True, connect_timeout=10) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    self._changed()                 # whatever happened while not listening
                    while not self._stop.is_set():
                        heard = False
                        for _ in conn.notifies(timeout=min(self.poll, 1.0), stop_after=1):
                            heard = True
                        if heard:
                            # several commits in a burst: one sync applies them all
                            for _ in conn.notifies(timeout=0.05):
                                pass
                            self._changed()
                        elif self._poll_due():
                            self._changed()
            except Exception as exc:  # noqa: BLE001 - the server went away: poll, then listen again
                self.listening.clear()
                log.info("change listener: %s; retrying", exc)
                self._changed()
                self._stop.wait(self.retry)

    def _poll_due(self) -> bool:
        import time

        now = time.monotonic()
        if now - self._last_poll >= self.poll:
            self._last_poll = now
            return True
        return False
