"""Domain model and stores for the collaboration-structure graph."""
