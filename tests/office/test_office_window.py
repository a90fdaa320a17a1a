"""The window on an office archive: the connect dialog (password only in the keyring), the archive
shown in the status bar, a reader's window read-only, another desk's import appearing by itself."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from pg_server import wait_until  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """This test's stand-in for the desktop's keyring service (there is none on a test machine)."""
    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_the_dialog_keeps_the_password_in_the_keyring_only(qtbot, settings_dir, memory_keyring, pg):
    from archive_app.ui.office_connect import OfficeConnectDialog

    dialog = OfficeConnectDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Kết nối kho lưu trữ của cơ quan"
    dialog.address.setText(f"127.0.0.1:{pg.port}/luutru")
    dialog.user.setText("lan")
    dialog.password.setText("mat-khau-bi-mat")
    dialog.remember.setChecked(True)
    assert dialog.url() == f"postgresql://lan:mat-khau-bi-mat@127.0.0.1:{pg.port}/luutru"
    dialog.save()
    written = "".join(p.read_text(encoding="utf-8") for p in settings_dir.rglob("*.ini"))
    assert "lan" in written and "luutru" in written and "mat-khau-bi-mat" not in written
    assert list(memory_keyring.items.values()) == ["mat-khau-bi-mat"]
    again = OfficeConnectDialog()                   # next time: filled in from settings and keyring
    qtbot.addWidget(again)
    assert again.password.text() == "mat-khau-bi-mat" and again.remember.isChecked()
    again.remember.setChecked(False)
    again.save()                                    # "remember" unticked: the keyring forgets it
    assert memory_keyring.items == {}


def test_a_readers_window_is_read_only_names_its_archive_and_follows_other_desks(
        qtbot, settings_dir, pg, office, tmp_path, write_jsonl):
    from archive_app.core.services import Archive
    from archive_app.ui.app import build_main_window

    database = office.rsplit("/", 1)[1]
    pg.create_login("thu_reader", "doc-pw")
    from archive_app.core.office import admin

    admin.grant(office, "thu_reader", "reader")
    reader = pg.url(database, "thu_reader", "doc-pw")
    window = build_main_window(tmp_path / "desk", db=reader)
    qtbot.addWidget(window)
    window.show()
    assert window.read_only and not window.actions["importAction"].isEnabled()
    label = window.office_link.label.text()
    assert f"thu_reader@127.0.0.1:{pg.port}/{database}" in label and "doc-pw" not in label
    assert "người đọc" in label
    assert window.office_link.action.text() == "Kết nối kho lưu trữ của cơ quan…"
    listener = window.office_link.listener
    assert wait_until(listener.listening.is_set)
    with Archive(tmp_path / "archivist", db=office) as other:      # another desk imports
        other.import_paths([write_jsonl([{"title": "Họp chi bộ khu phố", "body": "Bàn việc dân vận."}])])
    qtbot.waitUntil(lambda: window.archive.search("dan van").total == 1, timeout=5000)
    window.grab().save(str(tmp_path / "office-window.png"))
    window.close()
    assert not listener._thread.is_alive()       # closing the window ends the listening
