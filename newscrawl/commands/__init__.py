"""Project commands (COMMANDS_MODULE): ``crawl`` with argument checks up front."""
