// Editor keyboard shortcuts: Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redo, Ctrl/Cmd+S save.
// Inside a text field the browser's own text undo wins.
import { useEffect } from "react";

export function EditorShortcuts({ onUndo, onRedo, onSave }) {
  useEffect(() => {
    const handle = (event) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const target = event.target;
      const typing = target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      const key = event.key.toLowerCase();
      if (key === "s") { event.preventDefault(); onSave && onSave(); return; }
      if (typing) return;
      if (key === "z" && !event.shiftKey) { event.preventDefault(); onUndo && onUndo(); }
      else if ((key === "z" && event.shiftKey) || key === "y") { event.preventDefault(); onRedo && onRedo(); }
    };
    window.addEventListener("keydown", handle);
    return () => window.removeEventListener("keydown", handle);
  }, [onUndo, onRedo, onSave]);
  return null;
}
