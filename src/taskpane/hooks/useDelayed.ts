import { useEffect, useRef, useState } from 'react';

/** True once `on` has stayed true for `ms` milliseconds: progress shows only for work longer than that. */
export function useDelayed(on: boolean, ms = 500): boolean {
  const spell = useRef(0); // which stretch of `on` the timer belongs to
  const [due, setDue] = useState(-1);
  useEffect(() => {
    if (!on) return;
    const current = ++spell.current;
    const timer = setTimeout(() => setDue(current), ms);
    return () => clearTimeout(timer);
  }, [on, ms]);
  return on && due === spell.current;
}
