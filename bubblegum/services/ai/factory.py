"""Choose the provider by configuration: Anthropic when ANTHROPIC_API_KEY is set (or asked
for by name), else the offline generator."""

from __future__ import annotations

from bubblegum.services.ai.base import AIProvider, ProviderUnavailable

PROVIDERS = ("offline", "anthropic")


def get_provider(name: str | None = None, **options) -> AIProvider:
    """``name``: "offline", "anthropic" or None (configuration decides)."""
    from bubblegum.config import get_settings

    settings = get_settings()
    chosen = (name or ("anthropic" if settings.anthropic_api_key else "offline")).lower()
    if chosen == "offline":
        from bubblegum.services.ai.offline import OfflineProvider

        return OfflineProvider()
    if chosen == "anthropic":
        if not settings.anthropic_api_key:
            raise ProviderUnavailable("The Anthropic provider needs ANTHROPIC_API_KEY to be set.")
        from bubblegum.services.ai.anthropic_provider import AnthropicProvider

        return AnthropicProvider(api_key=settings.anthropic_api_key, model=settings.anthropic_model,
                                 base_url=settings.anthropic_base_url, **options)
    raise ProviderUnavailable(f"Unknown AI provider {name!r}; choose one of: {', '.join(PROVIDERS)}.")
