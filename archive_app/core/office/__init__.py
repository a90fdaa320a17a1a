"""The office archive (DESIGN.md §10): one PostgreSQL database, many desks, each with its own index cache."""
