import pytest

from cleanup.transcript import TokenView


@pytest.fixture
def no_token_objects(monkeypatch):
    """Reading a Token fails: a step must read the transcript's columns (a Token made for
    each word of a long transcript takes many times its text's size)."""
    def refuse(*args, **kwargs):
        raise AssertionError("the step made Token objects: it should read the columns")
    for name in ("__iter__", "__getitem__", "__reversed__"):
        monkeypatch.setattr(TokenView, name, refuse)
