"""The Qt desktop window: a thin shell over archive_app.core (DESIGN.md §7)."""
