"""The shells: the command line, what it prints, and the watcher; each calls the composer."""
