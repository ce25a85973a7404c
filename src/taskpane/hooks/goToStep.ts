/**
 * Switches the pane to another step (映射, 补充信息 …) from inside a view and moves keyboard focus there: to the
 * element `focusId` when that step shows it (e.g. the mapping row of a table), else to the step's tab. The tabs
 * belong to App; a view reaches them by their stable ids (`tab-<step>`), as a user would by clicking.
 */
export function goToStep(step: string, focusId?: string): void {
  const tab = document.getElementById(`tab-${step}`);
  if (!tab) return;
  tab.click();
  // The panel is shown (and mounted on its first visit) on the next render.
  setTimeout(() => {
    const target = (focusId && document.getElementById(focusId)) || tab;
    target.focus();
    target.scrollIntoView?.({ block: 'nearest' });
  }, 0);
}
