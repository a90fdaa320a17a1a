"""archive_app.core and the CLI never import Qt (checked in a fresh interpreter)."""
import subprocess
import sys

CODE = """
import sys, pkgutil, importlib, archive_app.core, archive_app.cli
for m in pkgutil.walk_packages(archive_app.core.__path__, 'archive_app.core.'):
    importlib.import_module(m.name)
bad = [k for k, v in sys.modules.items() if v is not None and k.startswith(('PySide6', 'shiboken6'))]
print(bad)
sys.exit(1 if bad else 0)
"""


def test_core_imports_without_qt():
    proc = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_core_imports_when_qt_is_unavailable():
    code = "import sys; sys.modules['PySide6'] = None\n" + CODE
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
