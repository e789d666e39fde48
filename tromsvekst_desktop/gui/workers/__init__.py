"""Background work for the GUI: the index job runner and the library folder watcher."""
