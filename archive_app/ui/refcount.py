"""A guard against a PySide6 reference-count bug: under Python 3.11, PySide6 6.12.0 loses one reference
to None on every call of a Qt method that returns nothing (6.11.3 does not; from Python 3.12 None is
immortal). Enough such calls free None and Python aborts with "none_dealloc", often at exit.

``with none_kept():`` around a block of many Qt calls gives None back what the block lost. It does
nothing where the bug is absent. The real fix is a PySide6 without the bug (or Python 3.12+).
"""
from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QPoint


def _loses_none() -> bool:
    """Does a call of a method returning nothing lose a reference to None? (PySide6 6.12.0 under
    Python 3.11 does; 6.11.3 does not; from Python 3.12 None is immortal.)"""
    if sys.version_info >= (3, 12):
        return False
    point, before = QPoint(), sys.getrefcount(None)
    for _ in range(4):
        point.setX(1)
    lost = before - sys.getrefcount(None)
    _give_back(lost)
    return lost > 0


def _give_back(count: int) -> None:
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes, incref.restype = [ctypes.py_object], None
    for _ in range(count):
        incref(None)


class _NoneKept:
    """Give None back the references the block lost (a printed page makes ~50 such calls)."""
    active = False
    own_refs = 0          # references to None that __exit__ itself holds while it counts

    def __enter__(self):
        self.before = sys.getrefcount(None)
        return self

    def __exit__(self, *exc) -> bool:
        self.lost = self.before - (sys.getrefcount(None) - _NoneKept.own_refs)
        if _NoneKept.active:
            _give_back(self.lost)
        return False


def _calibrate() -> None:
    probe = _NoneKept()
    with probe:
        pass
    _NoneKept.own_refs = -probe.lost
    _NoneKept.active = _loses_none()


none_kept = _NoneKept
_calibrate()
