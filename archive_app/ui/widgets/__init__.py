"""Widgets of the main window and its dialogs: layout and one service call per action."""
