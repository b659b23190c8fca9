'use client';

import { RendererProvider, SSRProvider, createDOMRenderer, renderToStyleElements } from '@fluentui/react-components';
import { useServerInsertedHTML } from 'next/navigation';
import { isValidElement, useRef, useState, type ReactNode } from 'react';

type StyleElementProps = { dangerouslySetInnerHTML: { __html: string } } & Record<string, string | undefined>;

/**
 * Server-renders Fluent's CSS into the HTML so the first paint is styled.
 * The page streams in several flushes (the shell, then each resolved Suspense boundary);
 * every flush emits only the CSS rules added since the previous one, so content that
 * arrives late is styled too and no rule is sent twice.
 */
export function FluentStyleRegistry({ children }: { children: ReactNode }) {
  const [renderer] = useState(() => createDOMRenderer());
  const emittedLength = useRef(new Map<string, number>());

  useServerInsertedHTML(() => {
    const fresh = renderToStyleElements(renderer).flatMap((element, index) => {
      if (!isValidElement<StyleElementProps>(element)) return [];
      const { dangerouslySetInnerHTML, ...attributes } = element.props;
      const sheetKey = [attributes['data-make-styles-bucket'], attributes.media, attributes['data-container'], attributes['data-priority']].join('|');
      const css = dangerouslySetInnerHTML.__html;
      const alreadySent = emittedLength.current.get(sheetKey) ?? 0;
      if (css.length <= alreadySent) return [];
      emittedLength.current.set(sheetKey, css.length);
      return [<style key={`${sheetKey}@${alreadySent}#${index}`} {...attributes} dangerouslySetInnerHTML={{ __html: css.slice(alreadySent) }} />];
    });
    return fresh.length > 0 ? <>{fresh}</> : null;
  });

  return (
    <RendererProvider renderer={renderer}>
      <SSRProvider>{children}</SSRProvider>
    </RendererProvider>
  );
}
