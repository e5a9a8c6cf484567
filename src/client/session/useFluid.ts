/**
 * The session pages fit any screen, from a phone to the projector: they lift the table
 * client's minimum page width while they are shown.
 */
import { useEffect } from 'react';

export function useFluidPage(): void {
  useEffect(() => {
    document.documentElement.classList.add('soc-fluid');
    return () => document.documentElement.classList.remove('soc-fluid');
  }, []);
}
