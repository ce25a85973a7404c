/** The pane's stamps use the same local-time text as the CLI and batch reports. */
export { localStamp } from '../../core/format/local-time';
