"""Kept for scrapyd-deploy, which builds eggs with ``setup.py bdist_egg``; pyproject.toml has it all."""

from setuptools import setup

setup()
