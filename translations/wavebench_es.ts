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
        <location filename="../widgets/AudioAnalysis.cpp" line="121"/>
        <source>%1 — %2 s, %3 Hz, %4, %5 %6</source>
        <translation>%1 — %2 s, %3 Hz, %4, %5 %6</translation>
    </message>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="125"/>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="125"/>
        <source>stereo</source>
        <translation>estéreo</translation>
    </message>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="126"/>
        <source>%1 channels</source>
        <translation>%1 canales</translation>
    </message>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="130"/>
        <source> (analysed at %1 Hz)</source>
        <translation> (analizado a %1 Hz)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioAnalysis.cpp" line="132"/>
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
        <location filename="../widgets/AudioLabPanel.cpp" line="77"/>
        <source>Recorded %1 s into %2; File &gt; Save As keeps it.</source>
        <translation>Grabados %1 s en %2; Archivo &gt; Guardar como lo conserva.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="116"/>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="173"/>
        <source>Nothing to export yet: wait for the spectrograms.</source>
        <translation>Aún no hay nada que exportar: espere a los espectrogramas.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="178"/>
        <source>Exporting the mel-spectrogram</source>
        <translation>Exportando el espectrograma mel</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="207"/>
        <source>Computing spectrograms</source>
        <translation>Calculando espectrogramas</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="235"/>
        <source>Analysis failed: %1</source>
        <translation>El análisis ha fallado: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="246"/>
        <source>Loading cancelled; the previous clip stays.</source>
        <translation>Carga cancelada; se mantiene el fragmento anterior.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="304"/>
        <source>No clip loaded. Open an audio file (File &gt; Open), drop one on the window, or press Record.</source>
        <translation>No hay ningún fragmento cargado. Abra un archivo de audio (Archivo &gt; Abrir), suéltelo sobre la ventana o pulse Grabar.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioLabPanel.cpp" line="307"/>
        <source>Wheel: zoom time. Drag: pan. Shift+drag: select a region to play (Shift+click clears it). Double-click: whole clip. Space: play/stop.</source>
        <translation>Rueda: zoom en el tiempo. Arrastrar: desplazar. Mayús+arrastrar: seleccionar una región para reproducir (Mayús+clic la borra). Doble clic: fragmento completo. Espacio: reproducir/detener.</translation>
    </message>
</context>
<context>
    <name>wb::AudioTransport</name>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="112"/>
        <source>Playback: %1</source>
        <translation>Reproducción: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="117"/>
        <source>Recording: %1</source>
        <translation>Grabación: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="184"/>
        <source>Nothing to play: open or record a clip first.</source>
        <translation>Nada que reproducir: abra o grabe primero un fragmento.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="188"/>
        <source>Stop the recording before playing.</source>
        <translation>Detenga la grabación antes de reproducir.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="198"/>
        <source>Recording stopped; preparing the clip...</source>
        <translation>Grabación detenida; preparando el fragmento...</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="225"/>
        <source>Audio devices unavailable: %1</source>
        <translation>Dispositivos de audio no disponibles: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="227"/>
        <source>No audio devices found: playback and recording are unavailable.</source>
        <translation>No se encontraron dispositivos de audio: la reproducción y la grabación no están disponibles.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="245"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="245"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="248"/>
        <source>Stop Recording</source>
        <translation>Detener grabación</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="248"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="259"/>
        <source>Selection: %1–%2 s (%3 s)</source>
        <translation>Selección: %1–%2 s (%3 s)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="264"/>
        <source>No selection: Play plays the whole clip. Shift+drag on a view to select.</source>
        <translation>Sin selección: Reproducir reproduce todo el fragmento. Mayús+arrastrar sobre una vista para seleccionar.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="276"/>
        <source>Play the selection, or the whole clip (Space)</source>
        <translation>Reproducir la selección o todo el fragmento (Espacio)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="277"/>
        <source>Record from the input device; the recording becomes the current clip (Ctrl+R)</source>
        <translation>Grabar desde el dispositivo de entrada; la grabación pasa a ser el fragmento actual (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="278"/>
        <source>&amp;Output:</source>
        <translation>&amp;Salida:</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="279"/>
        <source>&amp;Input:</source>
        <translation>&amp;Entrada:</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="280"/>
        <location filename="../widgets/AudioTransport.cpp" line="281"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="282"/>
        <source>Input level, -60 to 0 dBFS</source>
        <translation>Nivel de entrada, de -60 a 0 dBFS</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="283"/>
        <source>Time recorded</source>
        <translation>Tiempo grabado</translation>
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
        <location filename="../app/ClipExports.cpp" line="114"/>
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="42"/>
        <source>Cannot export the mel-spectrogram</source>
        <translation>No se puede exportar el espectrograma mel</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="51"/>
        <source>Save Clip As</source>
        <translation>Guardar fragmento como</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="53"/>
        <source>WAV, 16-bit (*.wav);;FLAC, 16-bit (*.flac)</source>
        <translation>WAV, 16 bits (*.wav);;FLAC, 16 bits (*.flac)</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="61"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="63"/>
        <source>Cannot save the clip</source>
        <translation>No se puede guardar el fragmento</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="72"/>
        <location filename="../app/ClipExports.cpp" line="93"/>
        <location filename="../app/ClipExports.cpp" line="120"/>
        <source>Nothing to export yet: wait for the spectrograms.</source>
        <translation>Aún no hay nada que exportar: espere a los espectrogramas.</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="100"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="101"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="102"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="104"/>
        <source>Export Figure</source>
        <translation>Exportar figura</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="112"/>
        <source>Cannot export the figure</source>
        <translation>No se puede exportar la figura</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="124"/>
        <source>Export Mel-Spectrogram</source>
        <translation>Exportar espectrograma mel</translation>
    </message>
    <message>
        <location filename="../app/ClipExports.cpp" line="126"/>
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
    <name>wb::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="93"/>
        <source>Cannot open file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="175"/>
        <source>WaveBench — %1</source>
        <translation>WaveBench — %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="176"/>
        <source>WaveBench</source>
        <translation>WaveBench</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="177"/>
        <source>Audio Lab</source>
        <translation>Laboratorio de audio</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="178"/>
        <location filename="../app/MainWindow.cpp" line="182"/>
        <source>WaveNet</source>
        <translation>WaveNet</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="179"/>
        <location filename="../app/MainWindow.cpp" line="186"/>
        <source>Text-to-Speech</source>
        <translation>Texto a voz</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="180"/>
        <location filename="../app/MainWindow.cpp" line="190"/>
        <source>Voice Cloning</source>
        <translation>Clonación de voz</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="181"/>
        <location filename="../app/MainWindow.cpp" line="193"/>
        <source>Call Center</source>
        <translation>Centro de llamadas</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="183"/>
        <source>Train a small WaveNet on a clip and watch it generate audio one sample at a time: dilated causal convolutions, the receptive field, 8-bit mu-law quantisation, and why generating sample by sample is slow.</source>
        <translation>Entrena una WaveNet pequeña con un fragmento y mira cómo genera audio muestra a muestra: convoluciones causales dilatadas, el campo receptivo, la cuantización mu-law de 8 bits y por qué generar muestra a muestra es lento.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="187"/>
        <source>Type a sentence and follow it through a speech synthesiser: text normalisation, phonemes, a predicted mel-spectrogram, and the vocoder that turns it into sound, compared with Griffin-Lim.</source>
        <translation>Escribe una frase y síguela a través de un sintetizador de voz: normalización del texto, fonemas, un espectrograma mel predicho y el vocoder que lo convierte en sonido, comparado con Griffin-Lim.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="191"/>
        <source>Compute a speaker embedding from a few seconds of speech, compare voices by their embeddings, and discuss consent and the misuse of cloned voices.</source>
        <translation>Calcula un embedding de locutor a partir de unos segundos de voz, compara voces por sus embeddings y debate sobre el consentimiento y el mal uso de las voces clonadas.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="194"/>
        <source>Classify short recorded calls from their mel-spectrograms, measure accuracy on held-out calls, and estimate the business case: minutes saved, costs and return on investment.</source>
        <translation>Clasifica llamadas grabadas cortas a partir de sus espectrogramas mel, mide la precisión con llamadas reservadas para la evaluación y estima el caso de negocio: minutos ahorrados, costes y retorno de la inversión.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="197"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="198"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="199"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="200"/>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="201"/>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="202"/>
        <source>Open an audio file (WAV, FLAC, OGG, AIFF, MP3)</source>
        <translation>Abrir un archivo de audio (WAV, FLAC, OGG, AIFF, MP3)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="203"/>
        <source>Open &amp;Sample</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="204"/>
        <source>Open the built-in teaching clip</source>
        <translation>Abrir el fragmento didáctico integrado</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="205"/>
        <source>Save &amp;As...</source>
        <translation>&amp;Guardar como...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="206"/>
        <source>Save the clip as analysed (mono, analysis rate) as WAV or FLAC</source>
        <translation>Guardar el fragmento tal como se analiza (mono, frecuencia de análisis) en WAV o FLAC</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="207"/>
        <source>&amp;Export Figure...</source>
        <translation>E&amp;xportar figura...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="208"/>
        <source>Save the waveform and mel-spectrogram as PNG, SVG or PDF</source>
        <translation>Guardar la forma de onda y el espectrograma mel como PNG, SVG o PDF</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="209"/>
        <source>Export &amp;Mel (.npy)...</source>
        <translation>Exportar &amp;mel (.npy)...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="210"/>
        <source>Save the mel-spectrogram in dB as a NumPy array [n_mels, frames]</source>
        <translation>Guardar el espectrograma mel en dB como matriz de NumPy [n_mels, tramas]</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="211"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="212"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="213"/>
        <source>&amp;About WaveBench</source>
        <translation>&amp;Acerca de WaveBench</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="257"/>
        <source>Cannot open the sample</source>
        <translation>No se puede abrir el ejemplo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="273"/>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="288"/>
        <source>Open Audio File</source>
        <translation>Abrir archivo de audio</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="289"/>
        <source>Audio files (*.wav *.flac *.ogg *.oga *.aiff *.aif *.mp3);;All files (*)</source>
        <translation>Archivos de audio (*.wav *.flac *.ogg *.oga *.aiff *.aif *.mp3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="311"/>
        <source>development build</source>
        <translation>compilación de desarrollo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="314"/>
        <source>About WaveBench</source>
        <translation>Acerca de WaveBench</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="315"/>
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
    <name>wb::WaveformView</name>
    <message>
        <location filename="../widgets/WaveformView.cpp" line="45"/>
        <source>Amplitude</source>
        <translation>Amplitud</translation>
    </message>
</context>
</TS>
