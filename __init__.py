"""samverkan: the minutes of collaboration bodies in, a graph of who does what for whom out.

The installed distribution is this one package: ``samverkan.graph`` (domain model and stores),
``samverkan.loaders`` (reading and parsing minutes), ``samverkan.queries`` (named questions) and
``samverkan.cli`` (the command line, also run by ``python -m samverkan``).
"""
