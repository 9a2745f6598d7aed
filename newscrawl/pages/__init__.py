"""Page objects: response in, Article out; they never issue requests."""

from newscrawl.pages.base import ArticlePage, NotAnArticle

__all__ = ["ArticlePage", "NotAnArticle"]
