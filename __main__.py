"""``python -m samverkan``: the same command line as the ``samverkan`` console script."""
from samverkan.cli import main

main()
