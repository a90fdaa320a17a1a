"""Storage: SQLAlchemy models, engine and migrations, repositories returning dataclasses."""
