<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>wb::AnalysisControls</name>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="128"/>
        <source>&amp;n_fft:</source>
        <translation>&amp;n_fft:</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="129"/>
        <source>FFT size: longer windows resolve frequency better and time worse.</source>
        <translation>Tamaño de la FFT: las ventanas largas resuelven mejor la frecuencia y peor el tiempo.</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="130"/>
        <source>&amp;Hop:</source>
        <translation>&amp;Salto:</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="131"/>
        <source>Samples between successive frames (hop_length).</source>
        <translation>Muestras entre tramas consecutivas (hop_length).</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="132"/>
        <source>&amp;Window:</source>
        <translation>&amp;Ventana:</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="133"/>
        <source>Hann</source>
        <translation>Hann</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="134"/>
        <source>Hamming</source>
        <translation>Hamming</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="135"/>
        <source>Blackman</source>
        <translation>Blackman</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="136"/>
        <source>Rectangular</source>
        <translation>Rectangular</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="137"/>
        <source>Analysis window: a rectangular window leaks energy into distant bins, Blackman leaks least but blurs frequency most.</source>
        <translation>Ventana de análisis: una ventana rectangular filtra energía a bins lejanos; Blackman filtra menos pero difumina más la frecuencia.</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="139"/>
        <source>n_&amp;mels:</source>
        <translation>n_&amp;mels:</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="140"/>
        <source>Number of mel bands.</source>
        <translation>Número de bandas mel.</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="141"/>
        <source>f&amp;min:</source>
        <translation>f&amp;min:</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="142"/>
        <source>Lowest frequency of the mel filterbank.</source>
        <translation>Frecuencia más baja del banco de filtros mel.</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="143"/>
        <source>fma&amp;x:</source>
        <translation>fma&amp;x:</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="144"/>
        <source>Nyquist</source>
        <translation>Nyquist</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="145"/>
        <source>Highest frequency of the mel filterbank.</source>
        <translation>Frecuencia más alta del banco de filtros mel.</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="146"/>
        <source>dB &amp;range:</source>
        <translation>&amp;Rango en dB:</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="147"/>
        <source>How far below the loudest point the colours reach.</source>
        <translation>Hasta cuántos dB por debajo del punto más fuerte llegan los colores.</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="148"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <location filename="../widgets/AnalysisControls.cpp" line="149"/>
        <source>Colour map of the spectrograms; viridis reads well in greyscale and for colour-blind viewers.</source>
        <translation>Mapa de colores de los espectrogramas; viridis se lee bien en escala de grises y para personas daltónicas.</translation>
    </message>
</context>
<context>
    <name>wb::AudioAnalysis</name>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="122"/>
        <source>%1 — %2 s, %3 Hz, %4, %5 %6</source>
        <translation>%1 — %2 s, %3 Hz, %4, %5 %6</translation>
    </message>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="126"/>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="126"/>
        <source>stereo</source>
        <translation>estéreo</translation>
    </message>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="127"/>
        <source>%1 channels</source>
        <translation>%1 canales</translation>
    </message>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="131"/>
        <source> (analysed at %1 Hz)</source>
        <translation> (analizado a %1 Hz)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="133"/>
        <source> — peak %1 dBFS, RMS %2 dBFS</source>
        <translation> — pico %1 dBFS, RMS %2 dBFS</translation>
    </message>
</context>
<context>
    <name>wb::AudioFigure</name>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="57"/>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="59"/>
        <source>Amplitude</source>
        <translation>Amplitud</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="97"/>
        <location filename="../widgets/AudioFigure.cpp" line="101"/>
        <source>%1: cannot write the PDF</source>
        <translation>%1: no se puede escribir el PDF</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="80"/>
        <location filename="../widgets/AudioFigure.cpp" line="113"/>
        <source>%1: cannot write the figure (%2)</source>
        <translation>%1: no se puede escribir la figura (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="72"/>
        <source>Waveform and mel-spectrogram drawn by WaveBench</source>
        <translation>Forma de onda y espectrograma mel dibujados por WaveBench</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="75"/>
        <source>%1: cannot start the SVG</source>
        <translation>%1: no se puede iniciar el SVG</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="89"/>
        <source>%1: unsupported figure format &quot;%2&quot; (use PNG, SVG, PDF, JPG or BMP)</source>
        <translation>%1: formato de figura no admitido «%2» (use PNG, SVG, PDF, JPG o BMP)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="147"/>
        <source>%1: no audio to plot</source>
        <translation>%1: no hay audio que dibujar</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="149"/>
        <source>%1: no mel-spectrogram to plot</source>
        <translation>%1: no hay espectrograma mel que dibujar</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="151"/>
        <source>%1: figure size %2x%3 is out of range</source>
        <translation>%1: el tamaño de figura %2x%3 está fuera de rango</translation>
    </message>
    <message>
        <location filename="../widgets/AudioFigure.cpp" line="153"/>
        <source>%1: resolution scale %2 is out of range</source>
        <translation>%1: la escala de resolución %2 está fuera de rango</translation>
    </message>
</context>
<context>
    <name>wb::AudioLabPanel</name>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="10"/>
        <source>Why audio is not just another image</source>
        <translation>Por qué el audio no es una imagen más</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="12"/>
        <source>A photo is a grid of a few million pixels. A sound is a single line of numbers, but a long one: 22,050 to 44,100 samples for every second. Four seconds of speech is already about 90,000 values, and the structure that matters spans all of them, from a vowel&apos;s pitch period (a few milliseconds) to a whole sentence.</source>
        <translation>Una foto es una cuadrícula de unos pocos millones de píxeles. Un sonido es una sola fila de números, pero muy larga: de 22.050 a 44.100 muestras por cada segundo. Cuatro segundos de voz ya son unos 90.000 valores, y la estructura que importa abarca todos ellos, desde el periodo de tono de una vocal (unos pocos milisegundos) hasta una frase entera.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="17"/>
        <source>Sound is also continuous: a generator cannot leave a sample out or get one slightly wrong without it being heard. A blurry pixel goes unnoticed, while a jump between two samples is an audible click and a small periodic error is a buzz.</source>
        <translation>El sonido además es continuo: un generador no puede saltarse una muestra ni equivocarse un poco en ella sin que se oiga. Un píxel borroso pasa desapercibido, mientras que un salto entre dos muestras es un chasquido audible y un pequeño error periódico es un zumbido.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="21"/>
        <source>Three ways to look at the same clip</source>
        <translation>Tres maneras de mirar el mismo fragmento</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="22"/>
        <source>Waveform</source>
        <translation>Forma de onda</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="23"/>
        <source>the samples themselves, amplitude against time. It is exact and can be turned back into sound as it is, and it shows loudness, silences and clipping at a glance. It shows almost nothing about pitch or timbre, and two sounds that look alike may sound different.</source>
        <translation>las propias muestras, amplitud frente a tiempo. Es exacta y se puede volver a convertir en sonido tal cual, y muestra de un vistazo el volumen, los silencios y la saturación. Casi no dice nada del tono ni del timbre, y dos sonidos que se ven parecidos pueden sonar distintos.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="26"/>
        <source>Spectrogram (STFT)</source>
        <translation>Espectrograma (STFT)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="27"/>
        <source>the energy of each frequency in short overlapping windows, here in decibels. Harmonics, formants and noise become visible. The window size (n_fft) trades time detail against frequency detail, and the phase is discarded, so getting sound back needs an estimate such as Griffin-Lim or a neural vocoder.</source>
        <translation>la energía de cada frecuencia en ventanas cortas solapadas, aquí en decibelios. Se hacen visibles los armónicos, los formantes y el ruido. El tamaño de ventana (n_fft) intercambia detalle temporal por detalle frecuencial, y la fase se descarta, así que recuperar el sonido exige una estimación como Griffin-Lim o un vocoder neuronal.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="31"/>
        <source>Mel-spectrogram</source>
        <translation>Espectrograma mel</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="32"/>
        <source>the same energies pooled into bands spaced like human pitch perception: narrow at low frequencies, wide at high ones. It is compact (80 to 128 bands instead of 1,025 bins) and is what most speech models predict and listen to. It throws away even more detail, so turning it back into audio needs a vocoder.</source>
        <translation>las mismas energías agrupadas en bandas espaciadas como la percepción humana del tono: estrechas en las frecuencias graves y anchas en las agudas. Es compacto (de 80 a 128 bandas en lugar de 1.025 bins) y es lo que predicen y escuchan la mayoría de los modelos de voz. Descarta aún más detalle, así que volver a convertirlo en audio requiere un vocoder.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="37"/>
        <source>Try it</source>
        <translation>Pruébalo</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="38"/>
        <source>Zoom into a vowel with the mouse wheel until single periods appear in the waveform.</source>
        <translation>Amplía una vocal con la rueda del ratón hasta que aparezcan periodos sueltos en la forma de onda.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="40"/>
        <source>Switch n_fft between 512 and 4096 and watch harmonics sharpen while onsets blur.</source>
        <translation>Cambia n_fft entre 512 y 4096 y observa cómo los armónicos se definen mientras los ataques se difuminan.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabExplainer.cpp" line="42"/>
        <source>Lower n_mels to 32: how much of the speech is still readable?</source>
        <translation>Baja n_mels a 32: ¿cuánto de la voz se sigue leyendo?</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="79"/>
        <source>Recorded %1 s into %2; File &gt; Save As keeps it.</source>
        <translation>Grabados %1 s en %2; Archivo &gt; Guardar como lo conserva.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="118"/>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="175"/>
        <source>Nothing to export yet: wait for the spectrograms.</source>
        <translation>Aún no hay nada que exportar: espere a los espectrogramas.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="180"/>
        <source>Exporting the mel-spectrogram</source>
        <translation>Exportando el espectrograma mel</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="189"/>
        <source>There is no clip to save.</source>
        <translation>No hay ningún fragmento que guardar.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="197"/>
        <source>Saving %1</source>
        <translation>Guardando %1</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="228"/>
        <source>Computing spectrograms</source>
        <translation>Calculando espectrogramas</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="259"/>
        <source>Analysis failed: %1</source>
        <translation>El análisis ha fallado: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="273"/>
        <source>Loading cancelled; the previous clip stays.</source>
        <translation>Carga cancelada; se mantiene el fragmento anterior.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="280"/>
        <source>Saving was cancelled; no file was written.</source>
        <translation>Se canceló el guardado; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="334"/>
        <source>No clip loaded. Open an audio file (File &gt; Open), drop one on the window, or press Record.</source>
        <translation>No hay ningún fragmento cargado. Abra un archivo de audio (Archivo &gt; Abrir), suéltelo sobre la ventana o pulse Grabar.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="337"/>
        <source>Wheel: zoom time. Drag: pan. Shift+drag: select a region to play (Shift+click clears it). Double-click: whole clip. Space: play/stop.</source>
        <translation>Rueda: zoom en el tiempo. Arrastrar: desplazar. Mayús+arrastrar: seleccionar una región para reproducir (Mayús+clic la borra). Doble clic: fragmento completo. Espacio: reproducir/detener.</translation>
    </message>
</context>
<context>
    <name>wb::AudioTransport</name>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="92"/>
        <source>Stop playback and recording before looking for audio devices again.</source>
        <translation>Detenga la reproducción y la grabación antes de volver a buscar dispositivos de audio.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="95"/>
        <source>Looking for audio devices...</source>
        <translation>Buscando dispositivos de audio...</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="124"/>
        <source>Playback: %1</source>
        <translation>Reproducción: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="129"/>
        <source>Recording: %1</source>
        <translation>Grabación: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="196"/>
        <source>Nothing to play: open or record a clip first.</source>
        <translation>Nada que reproducir: abra o grabe primero un fragmento.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="200"/>
        <source>Stop the recording before playing.</source>
        <translation>Detenga la grabación antes de reproducir.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="210"/>
        <source>Recording stopped; preparing the clip...</source>
        <translation>Grabación detenida; preparando el fragmento...</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="236"/>
        <source>Audio devices unavailable: %1</source>
        <translation>Dispositivos de audio no disponibles: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="243"/>
        <source>No audio devices found: playback and recording are unavailable.</source>
        <translation>No se encontraron dispositivos de audio: la reproducción y la grabación no están disponibles.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="261"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="261"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="264"/>
        <source>Stop Recording</source>
        <translation>Detener grabación</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="264"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="275"/>
        <source>Selection: %1–%2 s (%3 s)</source>
        <translation>Selección: %1–%2 s (%3 s)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="280"/>
        <source>No selection: Play plays the whole clip. Shift+drag on a view to select.</source>
        <translation>Sin selección: Reproducir reproduce todo el fragmento. Mayús+arrastrar sobre una vista para seleccionar.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="292"/>
        <source>Play the selection, or the whole clip (Space)</source>
        <translation>Reproducir la selección o todo el fragmento (Espacio)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="293"/>
        <source>Record from the input device; the recording becomes the current clip (Ctrl+R)</source>
        <translation>Grabar desde el dispositivo de entrada; la grabación pasa a ser el fragmento actual (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="294"/>
        <source>&amp;Output:</source>
        <translation>&amp;Salida:</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="295"/>
        <source>&amp;Input:</source>
        <translation>&amp;Entrada:</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="296"/>
        <location filename="../widgets/AudioTransport.cpp" line="297"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="298"/>
        <source>Input level, -60 to 0 dBFS</source>
        <translation>Nivel de entrada, de -60 a 0 dBFS</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="299"/>
        <source>Time recorded</source>
        <translation>Tiempo grabado</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="300"/>
        <source>Look for audio devices again (after plugging one in)</source>
        <translation>Volver a buscar dispositivos de audio (después de conectar uno)</translation>
    </message>
</context>
<context>
    <name>wb::BundledSample</name>
    <message>
        <location filename="../widgets/BundledSample.cpp" line="42"/>
        <source>The bundled sample is missing from this build.</source>
        <translation>Esta compilación no incluye el ejemplo integrado.</translation>
    </message>
    <message>
        <location filename="../widgets/BundledSample.cpp" line="55"/>
        <source>Cannot write the bundled sample to disk (%1).</source>
        <translation>No se puede escribir el ejemplo integrado en el disco (%1).</translation>
    </message>
</context>
<context>
    <name>wb::ClipExports</name>
    <message>
        <location filename="../app/ClipExports.cpp" line="40"/>
        <location filename="../app/ClipExports.cpp" line="112"/>
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="42"/>
        <source>Cannot export the mel-spectrogram</source>
        <translation>No se puede exportar el espectrograma mel</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="57"/>
        <source>Save Clip As</source>
        <translation>Guardar fragmento como</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="59"/>
        <source>WAV, 16-bit (*.wav);;FLAC, 16-bit (*.flac)</source>
        <translation>WAV, 16 bits (*.wav);;FLAC, 16 bits (*.flac)</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="46"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="48"/>
        <source>Cannot save the clip</source>
        <translation>No se puede guardar el fragmento</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="70"/>
        <location filename="../app/ClipExports.cpp" line="91"/>
        <location filename="../app/ClipExports.cpp" line="118"/>
        <source>Nothing to export yet: wait for the spectrograms.</source>
        <translation>Aún no hay nada que exportar: espere a los espectrogramas.</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="98"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="99"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="100"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="102"/>
        <source>Export Figure</source>
        <translation>Exportar figura</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="110"/>
        <source>Cannot export the figure</source>
        <translation>No se puede exportar la figura</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="122"/>
        <source>Export Mel-Spectrogram</source>
        <translation>Exportar espectrograma mel</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="124"/>
        <source>NumPy array (*.npy)</source>
        <translation>Matriz de NumPy (*.npy)</translation>
    </message>
</context>
<context>
    <name>wb::ComingSoonPage</name>
    <message>
        <location filename="../widgets/ComingSoonPage.cpp" line="71"/>
        <source>This tab is not built yet: it comes in a later version of WaveBench. Until then, the Audio Lab tab works in full.</source>
        <translation>Esta pestaña aún no está hecha: llegará en una versión posterior de WaveBench. Mientras tanto, la pestaña Laboratorio de audio funciona por completo.</translation>
    </message>
</context>
<context>
    <name>wb::DilatedStackDiagram</name>
    <message>
        <location filename="../widgets/DilatedStackDiagram.cpp" line="162"/>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../widgets/DilatedStackDiagram.cpp" line="164"/>
        <location filename="../widgets/DilatedStackDiagram.cpp" line="184"/>
        <source>causal conv</source>
        <translation>conv. causal</translation>
    </message>
    <message>
        <location filename="../widgets/DilatedStackDiagram.cpp" line="166"/>
        <location filename="../widgets/DilatedStackDiagram.cpp" line="184"/>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <location filename="../widgets/DilatedStackDiagram.cpp" line="167"/>
        <source>d = %1</source>
        <translation>d = %1</translation>
    </message>
    <message>
        <location filename="../widgets/DilatedStackDiagram.cpp" line="185"/>
        <location filename="../widgets/DilatedStackDiagram.cpp" line="246"/>
        <source>block %1</source>
        <translation>bloque %1</translation>
    </message>
    <message>
        <location filename="../widgets/DilatedStackDiagram.cpp" line="202"/>
        <source>This configuration is out of range.</source>
        <translation>Esta configuración está fuera de rango.</translation>
    </message>
    <message>
        <location filename="../widgets/DilatedStackDiagram.cpp" line="221"/>
        <source>Sample %1 was predicted from these %2 inputs (pale: zero padding before the start)</source>
        <translation>La muestra %1 se predijo a partir de estas %2 entradas (pálidas: relleno con ceros antes del inicio)</translation>
    </message>
    <message>
        <location filename="../widgets/DilatedStackDiagram.cpp" line="223"/>
        <source>The lit output sees %1 past inputs. Click a column to trace another output.</source>
        <translation>La salida iluminada ve %1 entradas pasadas. Haga clic en una columna para seguir otra salida.</translation>
    </message>
    <message>
        <location filename="../widgets/DilatedStackDiagram.cpp" line="315"/>
        <source>receptive field: %1 samples</source>
        <translation>campo receptivo: %1 muestras</translation>
    </message>
    <message>
        <location filename="../widgets/DilatedStackDiagram.cpp" line="316"/>
        <source>t − %1 … t</source>
        <translation>t − %1 … t</translation>
    </message>
    <message>
        <location filename="../widgets/DilatedStackDiagram.cpp" line="343"/>
        <source>Each row is one convolution; time runs left to right. A kernel-2 convolution with dilation d combines a sample with the one d steps earlier, so the dilations 1, 2, 4, ... double the span at every layer. Click a column to trace which inputs that output depends on.</source>
        <translation>Cada fila es una convolución; el tiempo avanza de izquierda a derecha. Una convolución de núcleo 2 con dilatación d combina una muestra con la de d pasos antes, así que las dilataciones 1, 2, 4, ... duplican el alcance en cada capa. Haga clic en una columna para ver de qué entradas depende esa salida.</translation>
    </message>
</context>
<context>
    <name>wb::ExportFigureDialog</name>
    <message>
        <location filename="../app/ExportFigureDialog.cpp" line="17"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <location filename="../app/ExportFigureDialog.cpp" line="20"/>
        <source>Export Figure</source>
        <translation>Exportar figura</translation>
    </message>
    <message>
        <location filename="../app/ExportFigureDialog.cpp" line="21"/>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <location filename="../app/ExportFigureDialog.cpp" line="22"/>
        <source>SVG vector drawing</source>
        <translation>Dibujo vectorial SVG</translation>
    </message>
    <message>
        <location filename="../app/ExportFigureDialog.cpp" line="23"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location filename="../app/ExportFigureDialog.cpp" line="26"/>
        <source> DPI</source>
        <translation> ppp</translation>
    </message>
    <message>
        <location filename="../app/ExportFigureDialog.cpp" line="35"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../app/ExportFigureDialog.cpp" line="75"/>
        <source>The PNG will be %1 × %2 pixels.</source>
        <translation>El PNG tendrá %1 × %2 píxeles.</translation>
    </message>
    <message>
        <location filename="../app/ExportFigureDialog.cpp" line="79"/>
        <source>Vector output: sharp at any zoom; the spectrogram itself is embedded as an image.</source>
        <translation>Salida vectorial: nítida a cualquier zoom; el espectrograma se incrusta como imagen.</translation>
    </message>
</context>
<context>
    <name>wb::GrowingWaveView</name>
    <message>
        <location filename="../widgets/GrowingWaveView.cpp" line="50"/>
        <source>time (s)</source>
        <translation>tiempo (s)</translation>
    </message>
    <message>
        <location filename="../widgets/GrowingWaveView.cpp" line="51"/>
        <source>amplitude</source>
        <translation>amplitud</translation>
    </message>
</context>
<context>
    <name>wb::JobStatusWidget</name>
    <message>
        <location filename="../widgets/JobStatusWidget.cpp" line="96"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/JobStatusWidget.cpp" line="97"/>
        <source>Stop this job</source>
        <translation>Detener esta tarea</translation>
    </message>
</context>
<context>
    <name>wb::LossChart</name>
    <message>
        <location filename="../widgets/LossChart.cpp" line="106"/>
        <source>training loss (cross-entropy, nats)</source>
        <translation>pérdida de entrenamiento (entropía cruzada, nats)</translation>
    </message>
    <message>
        <location filename="../widgets/LossChart.cpp" line="107"/>
        <source>uniform guess: ln %1 = %2</source>
        <translation>conjetura uniforme: ln %1 = %2</translation>
    </message>
    <message>
        <location filename="../widgets/LossChart.cpp" line="108"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location filename="../widgets/LossChart.cpp" line="109"/>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
</context>
<context>
    <name>wb::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="97"/>
        <source>Cannot open file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="189"/>
        <source>WaveBench — %1</source>
        <translation>WaveBench — %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="190"/>
        <source>WaveBench</source>
        <translation>WaveBench</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="191"/>
        <source>Audio Lab</source>
        <translation>Laboratorio de audio</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="192"/>
        <source>WaveNet</source>
        <translation>WaveNet</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="193"/>
        <source>Text-to-Speech</source>
        <translation>Texto a voz</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="194"/>
        <location filename="../app/MainWindow.cpp" line="196"/>
        <source>Voice Cloning</source>
        <translation>Clonación de voz</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="195"/>
        <location filename="../app/MainWindow.cpp" line="199"/>
        <source>Call Center</source>
        <translation>Centro de llamadas</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="197"/>
        <source>Compute a speaker embedding from a few seconds of speech, compare voices by their embeddings, and discuss consent and the misuse of cloned voices.</source>
        <translation>Calcula un embedding de locutor a partir de unos segundos de voz, compara voces por sus embeddings y debate sobre el consentimiento y el mal uso de las voces clonadas.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="200"/>
        <source>Classify short recorded calls from their mel-spectrograms, measure accuracy on held-out calls, and estimate the business case: minutes saved, costs and return on investment.</source>
        <translation>Clasifica llamadas grabadas cortas a partir de sus espectrogramas mel, mide la precisión con llamadas reservadas para la evaluación y estima el caso de negocio: minutos ahorrados, costes y retorno de la inversión.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="203"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="204"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="205"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="206"/>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="207"/>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="208"/>
        <source>Open an audio file (WAV, FLAC, OGG, AIFF, MP3)</source>
        <translation>Abrir un archivo de audio (WAV, FLAC, OGG, AIFF, MP3)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="209"/>
        <source>Open &amp;Sample</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="210"/>
        <source>Open the built-in teaching clip</source>
        <translation>Abrir el fragmento didáctico integrado</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="211"/>
        <source>Save &amp;As...</source>
        <translation>&amp;Guardar como...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="212"/>
        <source>Save the clip as analysed (mono, analysis rate) as WAV or FLAC</source>
        <translation>Guardar el fragmento tal como se analiza (mono, frecuencia de análisis) en WAV o FLAC</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="213"/>
        <source>&amp;Export Figure...</source>
        <translation>E&amp;xportar figura...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="214"/>
        <source>Save the waveform and mel-spectrogram as PNG, SVG or PDF</source>
        <translation>Guardar la forma de onda y el espectrograma mel como PNG, SVG o PDF</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="215"/>
        <source>Export &amp;Mel (.npy)...</source>
        <translation>Exportar &amp;mel (.npy)...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="216"/>
        <source>Save the mel-spectrogram in dB as a NumPy array [n_mels, frames]</source>
        <translation>Guardar el espectrograma mel en dB como matriz de NumPy [n_mels, tramas]</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="217"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="218"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="219"/>
        <source>&amp;About WaveBench</source>
        <translation>&amp;Acerca de WaveBench</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="263"/>
        <source>Cannot open the sample</source>
        <translation>No se puede abrir el ejemplo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="279"/>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="294"/>
        <source>Open Audio File</source>
        <translation>Abrir archivo de audio</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="295"/>
        <source>Audio files (*.wav *.flac *.ogg *.oga *.aiff *.aif *.mp3);;All files (*)</source>
        <translation>Archivos de audio (*.wav *.flac *.ogg *.oga *.aiff *.aif *.mp3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="318"/>
        <source>development build</source>
        <translation>compilación de desarrollo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="321"/>
        <source>About WaveBench</source>
        <translation>Acerca de WaveBench</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="322"/>
        <source>&lt;h3&gt;WaveBench %1&lt;/h3&gt;&lt;p&gt;A workbench for teaching generative audio: every idea of the course is something to load, run, hear and measure, offline.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;%4&lt;br&gt;BLAS: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WaveBench %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo para enseñar audio generativo: cada idea del curso es algo que se puede cargar, ejecutar, escuchar y medir, sin conexión.&lt;/p&gt;&lt;p&gt;Qt %2 (compilado con %3)&lt;br&gt;%4&lt;br&gt;BLAS: %5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wb::ModelBackend</name>
    <message>
        <location filename="../models/ModelBackend.cpp" line="109"/>
        <source>%1 failed with an unknown error</source>
        <translation>%1 falló con un error desconocido</translation>
    </message>
</context>
<context>
    <name>wb::MuLawPanel</name>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="200"/>
        <source>Comparing 8-bit quantizers</source>
        <translation>Comparando cuantizadores de 8 bits</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="212"/>
        <source>No clip yet: load one in the Audio Lab.</source>
        <translation>Aún no hay fragmento: cargue uno en el Laboratorio de audio.</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="214"/>
        <source>On the Audio Lab&apos;s clip %1 (%2 s%3):</source>
        <translation>Sobre el fragmento del Laboratorio de audio %1 (%2 s%3):</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="217"/>
        <source>, the first 30 s</source>
        <translation>, los primeros 30 s</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="220"/>
        <source>%1: …</source>
        <translation>%1: …</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="223"/>
        <source>%1: silence, no SNR</source>
        <translation>%1: silencio, sin SNR</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="226"/>
        <source>%1: SNR %2 dB</source>
        <translation>%1: SNR %2 dB</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="230"/>
        <source>8-bit linear</source>
        <translation>Lineal de 8 bits</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="231"/>
        <source>8-bit mu-law</source>
        <translation>Ley mu de 8 bits</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="243"/>
        <source>input amplitude x</source>
        <translation>amplitud de entrada x</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="244"/>
        <source>companded F(x)</source>
        <translation>comprimida F(x)</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="245"/>
        <source>linear (no companding)</source>
        <translation>lineal (sin compresión)</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="246"/>
        <source>mu-law, mu = 255</source>
        <translation>ley mu, mu = 255</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="247"/>
        <source>the 256 levels</source>
        <translation>los 256 niveles</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="249"/>
        <source>Make the clip quieter by:</source>
        <translation>Bajar el volumen del fragmento en:</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="250"/>
        <source>Scales the clip before quantizing. Linear SNR falls about 1 dB per dB; mu-law&apos;s holds steady until the clip is very quiet.</source>
        <translation>Escala el fragmento antes de cuantizar. La SNR lineal cae cerca de 1 dB por dB; la de la ley mu se mantiene hasta que el fragmento es muy débil.</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="251"/>
        <source>WaveNet predicts one of 256 levels per sample. Linear 8-bit levels are evenly spaced, so quiet sounds fall on only a few of them. Mu-law companding spends its levels where speech spends its time, near zero: the error shrinks with the signal, so quiet sounds keep a good SNR. Lower the gain to see it.</source>
        <translation>WaveNet predice uno de 256 niveles por muestra. Los niveles lineales de 8 bits están espaciados por igual, así que los sonidos débiles caen en muy pocos de ellos. La compresión de ley mu pone sus niveles donde la voz pasa su tiempo, cerca de cero: el error se reduce con la señal, así que los sonidos débiles conservan una buena SNR. Baje la ganancia para verlo.</translation>
    </message>
</context>
<context>
    <name>wb::PhonemeDurationView</name>
    <message>
        <location filename="../widgets/PhonemeDurationView.cpp" line="195"/>
        <source>pause “%1”</source>
        <translation>pausa «%1»</translation>
    </message>
    <message>
        <location filename="../widgets/PhonemeDurationView.cpp" line="197"/>
        <source>word boundary</source>
        <translation>límite de palabra</translation>
    </message>
    <message>
        <location filename="../widgets/PhonemeDurationView.cpp" line="199"/>
        <source>/%1/ in “%2”</source>
        <translation>/%1/ en «%2»</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/PhonemeDurationView.cpp" line="202"/>
        <source>%1: %n frame(s) = %2 ms</source>
        <translation>
            <numerusform>%1: %n trama = %2 ms</numerusform>
            <numerusform>%1: %n tramas = %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/PhonemeDurationView.cpp" line="206"/>
        <source>pitch %1 Hz, energy %2</source>
        <translation>tono %1 Hz, energía %2</translation>
    </message>
    <message>
        <location filename="../widgets/PhonemeDurationView.cpp" line="209"/>
        <source>energy %1</source>
        <translation>energía %1</translation>
    </message>
    <message>
        <location filename="../widgets/PhonemeDurationView.cpp" line="216"/>
        <source>Orange: vowels. Blue: consonants. Grey: pauses. Red tick: stress on the next vowel. Dashed line: word boundary. The number under a symbol is its frames (%1 ms each).</source>
        <translation>Naranja: vocales. Azul: consonantes. Gris: pausas. Marca roja: acento en la vocal siguiente. Línea discontinua: límite de palabra. El número bajo cada símbolo son sus tramas (%1 ms cada una).</translation>
    </message>
    <message>
        <location filename="../widgets/PhonemeDurationView.cpp" line="259"/>
        <source>words</source>
        <translation>palabras</translation>
    </message>
    <message>
        <location filename="../widgets/PhonemeDurationView.cpp" line="261"/>
        <source>phonemes</source>
        <translation>fonemas</translation>
    </message>
    <message>
        <location filename="../widgets/PhonemeDurationView.cpp" line="268"/>
        <source>After Speak: one bar per phoneme, as wide as the frames the model predicts for it.</source>
        <translation>Tras Hablar: una barra por fonema, tan ancha como las tramas que el modelo le predice.</translation>
    </message>
</context>
<context>
    <name>wb::RecentFilesMenu</name>
    <message>
        <location filename="../widgets/RecentFilesMenu.cpp" line="47"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../widgets/RecentFilesMenu.cpp" line="50"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/RecentFilesMenu.cpp" line="56"/>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <location filename="../widgets/RecentFilesMenu.cpp" line="59"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>wb::SettingsDialog</name>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="25"/>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="30"/>
        <location filename="../app/SettingsDialog.cpp" line="75"/>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="38"/>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="40"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="41"/>
        <source>The new language applies as soon as you press OK.</source>
        <translation>El nuevo idioma se aplica en cuanto pulse Aceptar.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="45"/>
        <source>Audio Lab analysis defaults</source>
        <translation>Valores predeterminados del análisis del Laboratorio de audio</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="47"/>
        <source>&amp;Sample rate:</source>
        <translation>&amp;Frecuencia de muestreo:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="48"/>
        <source>&amp;n_fft:</source>
        <translation>&amp;n_fft:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="49"/>
        <source>&amp;Hop length:</source>
        <translation>Longitud de &amp;salto:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="50"/>
        <source>n_&amp;mels:</source>
        <translation>n_&amp;mels:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="51"/>
        <source>Clips are resampled to this rate when loaded; 22050 Hz is librosa&apos;s default.</source>
        <translation>Los fragmentos se remuestrean a esta frecuencia al cargarlos; 22050 Hz es el valor predeterminado de librosa.</translation>
    </message>
</context>
<context>
    <name>wb::SoftmaxChart</name>
    <message>
        <location filename="../widgets/SoftmaxChart.cpp" line="109"/>
        <source>mu-law level (orange: the one drawn)</source>
        <translation>nivel de ley mu (naranja: el elegido)</translation>
    </message>
    <message>
        <location filename="../widgets/SoftmaxChart.cpp" line="110"/>
        <source>probability</source>
        <translation>probabilidad</translation>
    </message>
    <message>
        <location filename="../widgets/SoftmaxChart.cpp" line="111"/>
        <source>Press Step to see the softmax
over the next sample&apos;s levels</source>
        <translation>Pulse Paso para ver el softmax
sobre los niveles de la siguiente muestra</translation>
    </message>
</context>
<context>
    <name>wb::SpectrogramLayer</name>
    <message>
        <location filename="../widgets/SpectrogramLayer.cpp" line="35"/>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <location filename="../widgets/SpectrogramLayer.cpp" line="36"/>
        <source>Frequency (Hz, mel scale)</source>
        <translation>Frecuencia (Hz, escala mel)</translation>
    </message>
    <message>
        <location filename="../widgets/SpectrogramLayer.cpp" line="36"/>
        <source>Frequency (Hz)</source>
        <translation>Frecuencia (Hz)</translation>
    </message>
</context>
<context>
    <name>wb::TimeAxisPlot</name>
    <message>
        <location filename="../widgets/TimeAxisPlot.cpp" line="162"/>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
</context>
<context>
    <name>wb::TtsControlsBar</name>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="166"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="167"/>
        <source>The acoustic model: text symbols in, mel-spectrogram out</source>
        <translation>El modelo acústico: entran símbolos del texto, sale un espectrograma mel</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="169"/>
        <source>Non-autoregressive: every frame at once, from predicted durations</source>
        <translation>No autorregresivo: todas las tramas a la vez, a partir de las duraciones predichas</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="171"/>
        <location filename="../widgets/TtsControlsBar.cpp" line="178"/>
        <source>Not trained yet</source>
        <translation>Aún no entrenado</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="172"/>
        <source>&amp;Vocoder:</source>
        <translation>&amp;Vocoder:</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="173"/>
        <source>Turns the mel-spectrogram into a waveform</source>
        <translation>Convierte el espectrograma mel en una forma de onda</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="176"/>
        <source>Estimates the missing phase by iterating STFTs: no training, robotic sound</source>
        <translation>Estima la fase que falta iterando STFT: sin entrenamiento, sonido robótico</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="179"/>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iteraciones:</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="181"/>
        <source>Griffin-Lim iterations: more of them sound cleaner and take longer</source>
        <translation>Iteraciones de Griffin-Lim: con más suena más limpio y tarda más</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="182"/>
        <source>&amp;Speed:</source>
        <translation>V&amp;elocidad:</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="183"/>
        <source>Divides every predicted duration: 2 speaks twice as fast</source>
        <translation>Divide cada duración predicha: 2 habla el doble de rápido</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="186"/>
        <source>&amp;Pitch:</source>
        <translation>&amp;Tono:</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="187"/>
        <source> st</source>
        <translation> st</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="188"/>
        <source>Shifts every predicted pitch by semitones: 12 is an octave up</source>
        <translation>Desplaza cada tono predicho en semitonos: 12 es una octava más arriba</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="191"/>
        <source>&amp;Energy:</source>
        <translation>E&amp;nergía:</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="193"/>
        <source>Multiplies every predicted loudness</source>
        <translation>Multiplica cada intensidad predicha</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="196"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="197"/>
        <source>Speed 1, pitch 0, energy 1, 32 iterations</source>
        <translation>Velocidad 1, tono 0, energía 1, 32 iteraciones</translation>
    </message>
</context>
<context>
    <name>wb::TtsPanel</name>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="11"/>
        <source>From text to sound</source>
        <translation>Del texto al sonido</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="12"/>
        <source>&lt;b&gt;Text&lt;/b&gt;: numbers, dates, times, money and abbreviations are written out as words.</source>
        <translation>&lt;b&gt;Texto&lt;/b&gt;: los números, fechas, horas, cantidades de dinero y abreviaturas se escriben como palabras.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="15"/>
        <source>&lt;b&gt;Phonemes&lt;/b&gt;: each word becomes its sounds (IPA, from espeak-ng), with stress marks, word boundaries and pauses.</source>
        <translation>&lt;b&gt;Fonemas&lt;/b&gt;: cada palabra se convierte en sus sonidos (AFI, con espeak-ng), con marcas de acento, límites de palabra y pausas.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="19"/>
        <source>&lt;b&gt;Acoustic model&lt;/b&gt; (FastSpeech 2): predicts how many frames each phoneme lasts, its pitch and its energy, and then the mel-spectrogram.</source>
        <translation>&lt;b&gt;Modelo acústico&lt;/b&gt; (FastSpeech 2): predice cuántas tramas dura cada fonema, su tono y su energía, y después el espectrograma mel.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="22"/>
        <source>&lt;b&gt;Vocoder&lt;/b&gt;: turns the mel-spectrogram into a waveform. Griffin-Lim guesses the phase the mel leaves out, which is why it sounds metallic; a neural vocoder such as WaveNet learns it.</source>
        <translation>&lt;b&gt;Vocoder&lt;/b&gt;: convierte el espectrograma mel en una forma de onda. Griffin-Lim adivina la fase que el mel descarta, y por eso suena metálico; un vocoder neuronal como WaveNet la aprende.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="27"/>
        <source>Why FastSpeech 2 is fast</source>
        <translation>Por qué FastSpeech 2 es rápido</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="28"/>
        <source>Tacotron 2 is autoregressive: it makes one mel frame at a time, each from the ones before, and finds its place in the text by attention, so a sentence takes hundreds of steps in a row and can skip or repeat words.</source>
        <translation>Tacotron 2 es autorregresivo: genera una trama mel cada vez, cada una a partir de las anteriores, y encuentra su sitio en el texto mediante atención, así que una frase exige cientos de pasos seguidos y puede saltarse o repetir palabras.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="34"/>
        <source>FastSpeech 2 is non-autoregressive: its duration predictor says how many frames each phoneme gets, every phoneme is repeated that many times, and the decoder computes all the frames at once, in parallel. Duration, pitch and energy are explicit numbers, which is what the speed, pitch and energy controls change.</source>
        <translation>FastSpeech 2 no es autorregresivo: su predictor de duración dice cuántas tramas recibe cada fonema, cada fonema se repite ese número de veces y el decodificador calcula todas las tramas a la vez, en paralelo. La duración, el tono y la energía son números explícitos, y eso es lo que cambian los controles de velocidad, tono y energía.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="42"/>
        <source>Where cloud TTS services fit</source>
        <translation>Dónde encajan los servicios de TTS en la nube</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="44"/>
        <source>Commercial text-to-speech services run this same pipeline with far larger models, trained on many hours of studio recordings per voice, and neural vocoders, and sell it as a paid API: send text, receive audio.</source>
        <translation>Los servicios comerciales de texto a voz ejecutan esta misma cadena con modelos mucho mayores, entrenados con muchas horas de grabaciones de estudio por voz, y con vocoders neuronales, y la venden como una API de pago: envías texto y recibes audio.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="50"/>
        <source>They win on quality, voices and languages. They cost money per character, add network latency, see every text you send (privacy), and need a connection. A small local model like this one is free, private and works offline, but sounds far more robotic.</source>
        <translation>Ganan en calidad, voces e idiomas. Cuestan dinero por carácter, añaden la latencia de la red, ven todo texto que envías (privacidad) y necesitan conexión. Un modelo local pequeño como este es gratuito, privado y funciona sin conexión, pero suena mucho más robótico.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="56"/>
        <source>Try it</source>
        <translation>Pruébalo</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="57"/>
        <source>Set the speed to 2: every bar gets half as wide, and so does the spectrogram.</source>
        <translation>Pon la velocidad a 2: cada barra se queda a la mitad de ancho, y el espectrograma también.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="59"/>
        <source>Shift the pitch by +12 semitones: the pitch curve doubles, the harmonics spread apart.</source>
        <translation>Sube el tono +12 semitonos: la curva de tono se duplica y los armónicos se separan.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="62"/>
        <source>Write a date, a price or a time, and look at the normalized text.</source>
        <translation>Escribe una fecha, un precio o una hora, y mira el texto normalizado.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="64"/>
        <source>Try 1 Griffin-Lim iteration, then 100: what changes in the sound and in the vocoder time?</source>
        <translation>Prueba 1 iteración de Griffin-Lim y luego 100: ¿qué cambia en el sonido y en el tiempo del vocoder?</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="79"/>
        <source>Hello! Welcome to WaveBench, where text becomes speech in 3 quick steps.</source>
        <extracomment>The example the tab opens with. The model speaks English only: keep this sentence in English.</extracomment>
        <translation>Hello! Welcome to WaveBench, where text becomes speech in 3 quick steps.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="201"/>
        <source>No text-to-speech model yet: %1</source>
        <translation>Aún no hay modelo de texto a voz: %1</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="213"/>
        <source>Loading a FastSpeech 2 checkpoint</source>
        <translation>Cargando un punto de control de FastSpeech 2</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="225"/>
        <source>Nothing to say</source>
        <translation>Nada que decir</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="226"/>
        <source>The text box is empty: type a sentence in English first.</source>
        <translation>El cuadro de texto está vacío: escribe antes una frase en inglés.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="234"/>
        <source>The model is still loading; it will speak as soon as it is ready.</source>
        <translation>El modelo aún se está cargando; hablará en cuanto esté listo.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="238"/>
        <source>No model</source>
        <translation>No hay modelo</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/TtsPanel.cpp" line="247"/>
        <source>Speaking %n character(s)</source>
        <translation>
            <numerusform>Hablando %n carácter</numerusform>
            <numerusform>Hablando %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="309"/>
        <source>Text-to-speech model loaded: %1</source>
        <translation>Modelo de texto a voz cargado: %1</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="325"/>
        <source>Spoke %1 s of audio in %2 ms.</source>
        <translation>Se generaron %1 s de audio en %2 ms.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="338"/>
        <source>Cannot load the checkpoint</source>
        <translation>No se puede cargar el punto de control</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="341"/>
        <source>The model in use is unchanged.</source>
        <translation>El modelo en uso no cambia.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="196"/>
        <source>The shipped FastSpeech 2 model (%1) is not there yet. Train one with &lt;code&gt;wavebench tts train&lt;/code&gt;, or pick a checkpoint with the Load model button.</source>
        <translation>El modelo FastSpeech 2 incluido (%1) aún no está. Entrena uno con &lt;code&gt;wavebench tts train&lt;/code&gt; o elige un punto de control con el botón Cargar modelo.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="240"/>
        <source>No text-to-speech model is loaded: pick a FastSpeech 2 checkpoint with the Load model button.</source>
        <translation>No hay ningún modelo de texto a voz cargado: elige un punto de control de FastSpeech 2 con el botón Cargar modelo.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="255"/>
        <source>Waiting for the model job already running (training or generating in another tab) to finish; Cancel stops waiting.</source>
        <translation>Esperando a que termine el trabajo de modelo en curso (un entrenamiento o una generación en otra pestaña); Cancelar deja de esperar.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="342"/>
        <source>Pick another one with the Load model button.</source>
        <translation>Elige otro con el botón Cargar modelo.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="349"/>
        <source>Cannot speak this text</source>
        <translation>No se puede decir este texto</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="364"/>
        <source>Cancelled: the stages still show the previous result.</source>
        <translation>Cancelado: las etapas siguen mostrando el resultado anterior.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="366"/>
        <source>Speech cancelled.</source>
        <translation>Síntesis cancelada.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="393"/>
        <source>Load FastSpeech 2 Checkpoint</source>
        <translation>Cargar punto de control de FastSpeech 2</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="394"/>
        <source>Safetensors checkpoints (*.safetensors);;All files (*)</source>
        <translation>Puntos de control safetensors (*.safetensors);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="406"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="409"/>
        <source>In use: %1 — %2 parameters</source>
        <translation>En uso: %1 — %2 parámetros</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="412"/>
        <source>, trained %1 steps</source>
        <translation>, entrenado %1 pasos</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="415"/>
        <source>No model loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="438"/>
        <source>English text: numbers, dates, times and money are spelled out before the phonemes (Ctrl+Return speaks)</source>
        <translation>Texto en inglés: los números, fechas, horas y cantidades de dinero se escriben en letra antes de los fonemas (Ctrl+Intro habla)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="440"/>
        <source>Type a sentence in English…</source>
        <translation>Escribe una frase en inglés…</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="441"/>
        <source>Speak</source>
        <translation>Hablar</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="442"/>
        <source>Synthesize the text (Ctrl+Return)</source>
        <translation>Sintetizar el texto (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="443"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="444"/>
        <source>Load model…</source>
        <translation>Cargar modelo…</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="445"/>
        <source>Load a FastSpeech 2 checkpoint (.safetensors)</source>
        <translation>Cargar un punto de control de FastSpeech 2 (.safetensors)</translation>
    </message>
</context>
<context>
    <name>wb::TtsPipelineView</name>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="47"/>
        <source>Hz (mel)</source>
        <translation>Hz (mel)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="225"/>
        <source>Nothing spoken yet: press Speak first.</source>
        <translation>Aún no se ha dicho nada: pulsa antes Hablar.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="242"/>
        <source>Save Speech</source>
        <translation>Guardar voz</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="242"/>
        <source>WAV audio (*.wav)</source>
        <translation>Audio WAV (*.wav)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="249"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="251"/>
        <source>Cannot save the audio</source>
        <translation>No se puede guardar el audio</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="260"/>
        <source>Press Speak: each stage of the pipeline fills in here, from the text to the sound.</source>
        <translation>Pulsa Hablar: cada etapa de la cadena se rellena aquí, del texto al sonido.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="270"/>
        <source>%1 sentences, spoken one at a time; the stages show the last one, the waveform all of them: %2</source>
        <translation>%1 frases, dichas de una en una; las etapas muestran la última y la forma de onda todas: %2</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="279"/>
        <source>%1× faster than real time</source>
        <translation>%1× más rápido que el tiempo real</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="280"/>
        <source>%1× slower than real time</source>
        <translation>%1× más lento que el tiempo real</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="282"/>
        <source>Front-end %1 ms · acoustic model %2 ms · vocoder %3 ms · total %4 ms for %5 s of audio: real-time factor %6 (%7)</source>
        <translation>Front-end %1 ms · modelo acústico %2 ms · vocoder %3 ms · total %4 ms para %5 s de audio: factor de tiempo real %6 (%7)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="298"/>
        <source>1 · Text</source>
        <translation>1 · Texto</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="298"/>
        <source>normalized</source>
        <translation>normalizado</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="299"/>
        <location filename="../widgets/TtsPipelineView.cpp" line="309"/>
        <source>2 · Phonemes</source>
        <translation>2 · Fonemas</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="299"/>
        <source>bar width = duration</source>
        <translation>ancho de barra = duración</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="300"/>
        <location filename="../widgets/TtsPipelineView.cpp" line="309"/>
        <source>3 · Pitch, energy</source>
        <translation>3 · Tono, energía</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="300"/>
        <source>per phoneme</source>
        <translation>por fonema</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="301"/>
        <location filename="../widgets/TtsPipelineView.cpp" line="309"/>
        <source>4 · Mel-spectrogram</source>
        <translation>4 · Espectrograma mel</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="301"/>
        <source>acoustic model output</source>
        <translation>salida del modelo acústico</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="302"/>
        <source>5 · Audio</source>
        <translation>5 · Audio</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="302"/>
        <source>vocoder output</source>
        <translation>salida del vocoder</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="303"/>
        <source>6 · Timings</source>
        <translation>6 · Tiempos</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="313"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="313"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="314"/>
        <source>Save WAV…</source>
        <translation>Guardar WAV…</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="315"/>
        <source>Save the speech as a 16-bit WAV file</source>
        <translation>Guardar la voz como archivo WAV de 16 bits</translation>
    </message>
</context>
<context>
    <name>wb::TtsVarianceView</name>
    <message>
        <location filename="../widgets/TtsVarianceView.cpp" line="119"/>
        <source>Pitch (Hz)</source>
        <translation>Tono (Hz)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsVarianceView.cpp" line="120"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
</context>
<context>
    <name>wb::WaveNetGeneratePage</name>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="180"/>
        <source>Cannot step</source>
        <translation>No se puede dar el paso</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="191"/>
        <source>Sample %1: fed level %2 in, drew level %3 of %4 (p = %5) → amplitude %6</source>
        <translation>Muestra %1: entró el nivel %2, salió el nivel %3 de %4 (p = %5) → amplitud %6</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="207"/>
        <source>Stepping starts again from silence.</source>
        <translation>El paso a paso empieza de nuevo desde el silencio.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="221"/>
        <source>Generating %1 WaveNet samples</source>
        <translation>Generando %1 muestras de WaveNet</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="238"/>
        <source>Racing naive and cached WaveNet generation</source>
        <translation>Carrera entre la generación ingenua y la generación con caché de WaveNet</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="290"/>
        <source>Generated %1 samples (%2 s).</source>
        <translation>Generadas %1 muestras (%2 s).</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="308"/>
        <source>Generation failed</source>
        <translation>La generación falló</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="308"/>
        <source>Race failed</source>
        <translation>La carrera falló</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="317"/>
        <source>Cancelled; what was generated so far can still be played.</source>
        <translation>Cancelado; lo generado hasta ahora aún se puede reproducir.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="346"/>
        <source>= %1 s</source>
        <translation>= %1 s</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="361"/>
        <source>Nothing generated yet: press Run first.</source>
        <translation>Aún no se ha generado nada: pulse Generar primero.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="376"/>
        <source>Save Generated Audio</source>
        <translation>Guardar el audio generado</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="377"/>
        <source>WAV audio (*.wav)</source>
        <translation>Audio WAV (*.wav)</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="384"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="386"/>
        <source>Cannot save the audio</source>
        <translation>No se puede guardar el audio</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="403"/>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="404"/>
        <source>Divides the logits before the softmax: 0 always takes the likeliest level, 1 samples the model as trained, above 1 flattens it.</source>
        <translation>Divide los logits antes del softmax: 0 toma siempre el nivel más probable, 1 muestrea el modelo tal como se entrenó, más de 1 lo aplana.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="406"/>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="407"/>
        <source>Samples:</source>
        <translation>Muestras:</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="408"/>
        <source>One sample at a time</source>
        <translation>Una muestra cada vez</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="409"/>
        <source>Many samples</source>
        <translation>Muchas muestras</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="410"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="411"/>
        <source>Generate one sample: its softmax, the level drawn, and the inputs it saw</source>
        <translation>Genera una muestra: su softmax, el nivel elegido y las entradas que vio</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="412"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="413"/>
        <source>Run</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="414"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="415"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="415"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="416"/>
        <source>Save WAV…</source>
        <translation>Guardar WAV…</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="417"/>
        <source>Race: naive vs cached</source>
        <translation>Carrera: ingenua contra caché</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="418"/>
        <source>Generate with the seed&apos;s method (the whole network per sample) and then with cached queues (one new column per layer), and compare samples per second</source>
        <translation>Genera con el método de la semilla (toda la red por muestra) y luego con colas en caché (una columna nueva por capa), y compara las muestras por segundo</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="421"/>
        <source>Step generates one sample; Run generates many; Race times two ways of doing it.</source>
        <translation>Paso genera una muestra; Generar genera muchas; Carrera cronometra dos formas de hacerlo.</translation>
    </message>
</context>
<context>
    <name>wb::WaveNetJobs</name>
    <message>
        <location filename="../widgets/WaveNetJobs.cpp" line="23"/>
        <source>There is no clip to train on: load one in the Audio Lab.</source>
        <translation>No hay fragmento con el que entrenar: cargue uno en el Laboratorio de audio.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetJobs.cpp" line="156"/>
        <source>%1 is a mel-conditioned WaveNet (a vocoder): this tab runs unconditioned models only.</source>
        <translation>%1 es un WaveNet condicionado por mel (un vocoder): esta pestaña solo ejecuta modelos sin condicionar.</translation>
    </message>
</context>
<context>
    <name>wb::WaveNetModelBar</name>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="152"/>
        <source>%1 parameters</source>
        <translation>%1 parámetros</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="153"/>
        <source>Receptive field: %1 samples (%2 ms at 22,050 Hz)</source>
        <translation>Campo receptivo: %1 muestras (%2 ms a 22 050 Hz)</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="155"/>
        <source>Not 2**%1 = %2, as the seed printed (one block&apos;s span): blocks × (2**%1 − 1) + 1 (input convolution) + 1 (the output sample) = %3 × %4 + 2 = %5.</source>
        <translation>No 2**%1 = %2, como imprimía la semilla (el alcance de un bloque): bloques × (2**%1 − 1) + 1 (convolución de entrada) + 1 (la muestra de salida) = %3 × %4 + 2 = %5.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="163"/>
        <source>A kernel-2 convolution with dilation d lets an output see d more past samples. One block&apos;s dilations 1, 2, … %1 add %2; the %3 blocks add %3 × %2; the causal input convolution adds 1 more, and the output sample itself counts 1. The seed printed 2**%4 = %5, the span of a single block of dilated layers, leaving out the repeated blocks and the input convolution.</source>
        <translation>Una convolución de núcleo 2 con dilatación d permite a una salida ver d muestras pasadas más. Las dilataciones 1, 2, … %1 de un bloque suman %2; los %3 bloques suman %3 × %2; la convolución causal de entrada añade 1 más, y la propia muestra de salida cuenta 1. La semilla imprimía 2**%4 = %5, el alcance de un solo bloque de capas dilatadas, sin contar los bloques repetidos ni la convolución de entrada.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="185"/>
        <source>&amp;Layers:</source>
        <translation>&amp;Capas:</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="186"/>
        <source>Dilated layers per block: dilations 1, 2, 4, ... 2^(layers-1)</source>
        <translation>Capas dilatadas por bloque: dilataciones 1, 2, 4, ... 2^(capas-1)</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="187"/>
        <source>&amp;Blocks:</source>
        <translation>&amp;Bloques:</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="188"/>
        <source>How many times the dilation cycle repeats</source>
        <translation>Cuántas veces se repite el ciclo de dilataciones</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="189"/>
        <source>&amp;Channels:</source>
        <translation>Ca&amp;nales:</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="190"/>
        <source>Residual and skip channels of every layer</source>
        <translation>Canales residuales y de salto de cada capa</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="191"/>
        <source>Le&amp;vels:</source>
        <translation>Ni&amp;veles:</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="192"/>
        <source>Mu-law quantization levels: the size of the softmax</source>
        <translation>Niveles de cuantización de ley mu: el tamaño del softmax</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="193"/>
        <source>Load…</source>
        <translation>Cargar…</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="194"/>
        <source>Load a WaveNet checkpoint (.safetensors)</source>
        <translation>Cargar un punto de control de WaveNet (.safetensors)</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="195"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="196"/>
        <source>Save the model in use as a .safetensors checkpoint</source>
        <translation>Guardar el modelo en uso como punto de control .safetensors</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="197"/>
        <source>Shipped model</source>
        <translation>Modelo incluido</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetModelBar.cpp" line="198"/>
        <source>Reload the model trained on the bundled sample</source>
        <translation>Volver a cargar el modelo entrenado con la muestra incluida</translation>
    </message>
</context>
<context>
    <name>wb::WaveNetPanel</name>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="101"/>
        <source>Cannot load the checkpoint</source>
        <translation>No se puede cargar el punto de control</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="102"/>
        <source>%1

The model in use is unchanged.</source>
        <translation>%1

El modelo en uso no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="145"/>
        <source>Loading a WaveNet checkpoint</source>
        <translation>Cargando un punto de control de WaveNet</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="158"/>
        <source>There is no model to save.</source>
        <translation>No hay ningún modelo que guardar.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="206"/>
        <source>In use: random weights for this configuration (the loaded model has %1).</source>
        <translation>En uso: pesos aleatorios para esta configuración (el modelo cargado tiene %1).</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="208"/>
        <source>In use: random weights (train, or load a checkpoint).</source>
        <translation>En uso: pesos aleatorios (entrene o cargue un punto de control).</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="214"/>
        <source>, %1 steps, loss %2</source>
        <translation>, %1 pasos, pérdida %2</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="217"/>
        <source>In use: the shipped model%1.</source>
        <translation>En uso: el modelo incluido%1.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="220"/>
        <source>In use: %1%2.</source>
        <translation>En uso: %1%2.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="223"/>
        <source>In use: trained here%1.</source>
        <translation>En uso: entrenado aquí%1.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="250"/>
        <source>Load WaveNet Checkpoint</source>
        <translation>Cargar punto de control de WaveNet</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="251"/>
        <source>Safetensors checkpoints (*.safetensors);;All files (*)</source>
        <translation>Puntos de control safetensors (*.safetensors);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="260"/>
        <source>Save WaveNet Checkpoint</source>
        <translation>Guardar punto de control de WaveNet</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="262"/>
        <source>Safetensors checkpoints (*.safetensors)</source>
        <translation>Puntos de control safetensors (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="270"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="272"/>
        <source>Cannot save the checkpoint</source>
        <translation>No se puede guardar el punto de control</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="284"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="285"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetPanel.cpp" line="286"/>
        <source>Mu-law</source>
        <translation>Ley mu</translation>
    </message>
</context>
<context>
    <name>wb::WaveNetRaceBoard</name>
    <message>
        <location filename="../widgets/WaveNetRaceBoard.cpp" line="80"/>
        <source>waiting…</source>
        <translation>esperando…</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetRaceBoard.cpp" line="81"/>
        <source>%1 samples in %2 s: %3 samples/s</source>
        <translation>%1 muestras en %2 s: %3 muestras/s</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetRaceBoard.cpp" line="89"/>
        <source>Race: the same model and seed, generated twice.</source>
        <translation>Carrera: el mismo modelo y semilla, generados dos veces.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetRaceBoard.cpp" line="92"/>
        <source>Caching is %1× faster, and both drew exactly the same samples.</source>
        <translation>La caché es %1× más rápida, y ambas generaron exactamente las mismas muestras.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetRaceBoard.cpp" line="94"/>
        <source>Caching is %1× faster.</source>
        <translation>La caché es %1× más rápida.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetRaceBoard.cpp" line="96"/>
        <source>Racing…</source>
        <translation>En carrera…</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetRaceBoard.cpp" line="124"/>
        <source>Naive</source>
        <translation>Ingenua</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetRaceBoard.cpp" line="125"/>
        <source>Re-runs the whole network over the last receptive field for every sample</source>
        <translation>Vuelve a ejecutar toda la red sobre el último campo receptivo para cada muestra</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetRaceBoard.cpp" line="126"/>
        <source>Cached</source>
        <translation>Con caché</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetRaceBoard.cpp" line="127"/>
        <source>Keeps each layer&apos;s past inputs in a queue and computes only the newest column</source>
        <translation>Guarda las entradas pasadas de cada capa en una cola y calcula solo la columna más nueva</translation>
    </message>
</context>
<context>
    <name>wb::WaveNetTrainPage</name>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="97"/>
        <source>Trained %1 steps; last loss %2.</source>
        <translation>Entrenados %1 pasos; última pérdida %2.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="106"/>
        <source>Training failed.</source>
        <translation>El entrenamiento falló.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="107"/>
        <source>Training failed</source>
        <translation>El entrenamiento falló</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="114"/>
        <source>Training cancelled; the model in use is unchanged.</source>
        <translation>Entrenamiento cancelado; el modelo en uso no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="144"/>
        <source>Cannot train</source>
        <translation>No se puede entrenar</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="144"/>
        <source>There is no clip to train on: load one in the Audio Lab.</source>
        <translation>No hay fragmento con el que entrenar: cargue uno en el Laboratorio de audio.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="162"/>
        <source>Training WaveNet</source>
        <translation>Entrenando WaveNet</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="164"/>
        <source>Continuing from the weights in use…</source>
        <translation>Continuando desde los pesos en uso…</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="164"/>
        <source>Training from fresh weights…</source>
        <translation>Entrenando desde pesos nuevos…</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="193"/>
        <source>Step %1 of %2 on %3: loss %4</source>
        <translation>Paso %1 de %2 en %3: pérdida %4</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="222"/>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="223"/>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="224"/>
        <source>Learning rate:</source>
        <translation>Tasa de aprendizaje:</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="225"/>
        <source>Continue from the weights in use</source>
        <translation>Continuar desde los pesos en uso</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="226"/>
        <source>Only when the configuration above matches the model in use; otherwise training starts from fresh random weights</source>
        <translation>Solo cuando la configuración de arriba coincide con el modelo en uso; si no, el entrenamiento empieza con pesos aleatorios nuevos</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="228"/>
        <source>Train on the clip</source>
        <translation>Entrenar con el fragmento</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="229"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="230"/>
        <source>Each step shows the network random crops of the Audio Lab&apos;s clip, and Adam nudges the weights to predict each next level better. A uniform guess scores ln(levels).</source>
        <translation>Cada paso muestra a la red recortes aleatorios del fragmento del Laboratorio de audio, y Adam ajusta los pesos para predecir mejor cada nivel siguiente. Una conjetura uniforme da ln(niveles).</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetTrainPage.cpp" line="233"/>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
</context>
<context>
    <name>wb::WaveformView</name>
    <message>
        <location filename="../widgets/WaveformView.cpp" line="45"/>
        <source>Amplitude</source>
        <translation>Amplitud</translation>
    </message>
</context>
</TS>
