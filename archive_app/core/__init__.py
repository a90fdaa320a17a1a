"""Pure core of archive-app: storage, Vietnamese text, extraction, search, import. Never imports Qt."""
