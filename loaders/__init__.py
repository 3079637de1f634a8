"""Reading files, parsing minutes, extracting relations and resolving entities."""
