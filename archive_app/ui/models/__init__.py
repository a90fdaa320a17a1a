"""Qt item models over core results: result rows by id (lazy), facets, persons."""
