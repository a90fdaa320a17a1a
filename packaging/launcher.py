"""Entry point of the frozen app (PyInstaller): the same as the ``archive-app`` command, or an index
build's worker process (archive_app.core.search.build_worker) when started as one."""
import os
import sys

WORKER_FLAG = "--index-build-worker"     # build_worker.FROZEN_FLAG (not imported: the worker needs no UI)


def _prepare() -> None:
    # A windowed Windows build has no console: give print() somewhere harmless to write.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))    # noqa: SIM115 - lives as long as the app
    # The Linux bootloader points LD_LIBRARY_PATH at the bundle; programs we start (LibreOffice for
    # .doc/.rtf) must see the user's own libraries. (This process resolved its libraries already.)
    if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
        original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is None:
            os.environ.pop("LD_LIBRARY_PATH", None)
        else:
            os.environ["LD_LIBRARY_PATH"] = original


if __name__ == "__main__":
    if sys.argv[1:] == [WORKER_FLAG]:
        from archive_app.core.search.build_worker import serve

        sys.exit(serve())
    _prepare()
    from archive_app.cli import main

    sys.exit(main())
