// The editor canvas: the one renderer's HTML in an iframe (loaded once per page), patched
// block by block afterwards, with selection messages both ways. The page is laid out at the
// device's true width (desktop 1280 px) and scaled down to fit the space, so "Desktop" never
// shows the phone layout.
import React, { useEffect, useRef, useState } from "react";

function useBoxSize(ref) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    if (!ref.current) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      setSize({ width, height });
    });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, []);
  return size;
}

export function CanvasFrame({ srcDoc, patch, selected, width, title, onSelect }) {
  const frame = useRef(null);
  const box = useRef(null);
  const space = useBoxSize(box);
  const pageWidth = parseInt(width, 10) || 1280;
  const scale = space.width && space.width < pageWidth ? space.width / pageWidth : 1;

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

  // CSS zoom, not a transform: the browser (and a test driver) maps clicks through it exactly
  return (
    <div ref={box} data-canvas-scale={scale.toFixed(3)}
         style={{ width: "100%", height: "100%", display: "flex", justifyContent: "center", overflow: "hidden" }}>
      <iframe
        ref={frame}
        srcDoc={srcDoc}
        title={title || "Page canvas"}
        sandbox="allow-scripts"
        onLoad={() => frame.current.contentWindow.postMessage({ type: "bubblegum:select", id: selected || null }, "*")}
        style={{ width: pageWidth, height: space.height ? space.height / scale : "100%", flex: "none", zoom: scale,
                 border: "0", background: "white", borderRadius: "8px",
                 boxShadow: "0 1px 3px rgba(15,23,42,.12), 0 8px 24px rgba(15,23,42,.08)" }}
      />
    </div>
  );
}
