// Fluent's two web themes, loaded in the browser only when the operator switches theme: the
// server renders the chosen one and hands its tokens to the page.
export { webDarkTheme, webLightTheme } from '@fluentui/react-components';
