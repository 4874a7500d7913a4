// The page's layers: one row per block, reordered by drag-and-drop or keyboard
// (focus the handle, Space, arrow keys, Space) through @dnd-kit/sortable.
import React from "react";
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors } from "@dnd-kit/core";
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable,
         verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";

function Row({ item, selected, disabled, onSelect }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } =
    useSortable({ id: item.id, disabled });
  const style = {
    transform: CSS.Transform.toString(transform), transition,
    display: "flex", alignItems: "center", gap: "8px", padding: "7px 8px", borderRadius: "8px",
    background: selected ? "var(--accent-3)" : isDragging ? "var(--gray-3)" : "transparent",
    color: selected ? "var(--accent-11)" : "var(--gray-12)", cursor: "pointer",
    boxShadow: isDragging ? "0 4px 14px rgba(0,0,0,.12)" : "none", position: "relative",
    zIndex: isDragging ? 2 : 1, fontSize: "14px",
  };
  return (
    <li ref={setNodeRef} style={style} data-layer-id={item.id} onClick={() => onSelect && onSelect(item.id)}>
      <button type="button" aria-label={`Move ${item.label}`} disabled={disabled}
              {...attributes} {...listeners}
              style={{ border: 0, background: "transparent", cursor: disabled ? "default" : "grab",
                       color: "var(--gray-10)", padding: "2px", lineHeight: 0 }}>
        <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
          <circle cx="9" cy="6" r="1.6"/><circle cx="15" cy="6" r="1.6"/><circle cx="9" cy="12" r="1.6"/>
          <circle cx="15" cy="12" r="1.6"/><circle cx="9" cy="18" r="1.6"/><circle cx="15" cy="18" r="1.6"/>
        </svg>
      </button>
      <span style={{ flex: 1, minWidth: 0 }}>
        <span style={{ display: "block", fontWeight: 500 }}>{item.label}</span>
        {item.summary ? <span style={{ display: "block", color: "var(--gray-10)", fontSize: "12px",
          overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>{item.summary}</span> : null}
      </span>
    </li>
  );
}

export function SortableLayers({ items, selected, disabled, onReorder, onSelect }) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const list = items || [];
  const ids = list.map((item) => item.id);
  const end = ({ active, over }) => {
    if (!over || active.id === over.id || !onReorder) return;
    const moved = arrayMove(ids, ids.indexOf(active.id), ids.indexOf(over.id));
    onReorder(active.id, moved.indexOf(active.id));
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={end}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ul aria-label="Sections of this page" style={{ listStyle: "none", margin: 0, padding: 0, width: "100%",
                                                         display: "flex", flexDirection: "column", gap: "2px" }}>
          {list.map((item) => (
            <Row key={item.id} item={item} selected={item.id === selected} disabled={disabled} onSelect={onSelect} />
          ))}
        </ul>
      </SortableContext>
    </DndContext>
  );
}
