"""What image uploads accept in the browser's file chooser (the server checks content anyway)."""

ACCEPT = {"image/png": [".png"], "image/jpeg": [".jpg", ".jpeg"], "image/webp": [".webp"], "image/gif": [".gif"],
          "image/avif": [".avif"], "image/svg+xml": [".svg"]}
