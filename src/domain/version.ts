/** The release that wrote a file, as the decision record cites it; kept equal to package.json (a test does). */
export const TOOL_VERSION = '0.1.0'
