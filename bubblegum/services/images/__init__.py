"""Images for generated sites and the editor's picker: an offline library shipped with the
product by default, Unsplash or Pexels when a key is configured."""
