// The editor canvas: the one renderer's HTML in an iframe (loaded once per page), patched
// block by block afterwards, with selection messages both ways.
import React, { useEffect, useRef } from "react";

export function CanvasFrame({ srcDoc, patch, selected, width, title, onSelect }) {
  const frame = useRef(null);

  useEffect(() => {
    const listen = (event) => {
      if (!frame.current || event.source !== frame.current.contentWindow) return;
      const data = event.data || {};
      if (data.type === "bubblegum:select" && onSelect) onSelect(data.id);
    };
    window.addEventListener("message", listen);
    return () => window.removeEventListener("message", listen);
  }, [onSelect]);

  useEffect(() => {
    if (patch && patch.id && frame.current && frame.current.contentWindow) {
      frame.current.contentWindow.postMessage({ type: "bubblegum:patch", id: patch.id, html: patch.html }, "*");
      window.__bubblegumPatched = patch.seq;
    }
  }, [patch && patch.seq]);

  useEffect(() => {
    if (frame.current && frame.current.contentWindow) {
      frame.current.contentWindow.postMessage({ type: "bubblegum:select", id: selected || null }, "*");
    }
  }, [selected]);

  return (
    <iframe
      ref={frame}
      srcDoc={srcDoc}
      title={title || "Page canvas"}
      sandbox="allow-scripts"
      onLoad={() => frame.current.contentWindow.postMessage({ type: "bubblegum:select", id: selected || null }, "*")}
      style={{ width: width, maxWidth: "100%", height: "100%", border: "0", background: "white",
               boxShadow: "0 1px 3px rgba(15,23,42,.12), 0 8px 24px rgba(15,23,42,.08)", borderRadius: "8px" }}
    />
  );
}
