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
        <location filename="../widgets/AudioTransport.cpp" line="95"/>
        <source>Stop playback and recording before looking for audio devices again.</source>
        <translation>Detenga la reproducción y la grabación antes de volver a buscar dispositivos de audio.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="98"/>
        <source>Looking for audio devices...</source>
        <translation>Buscando dispositivos de audio...</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="130"/>
        <source>Playback: %1</source>
        <translation>Reproducción: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="135"/>
        <source>Recording: %1</source>
        <translation>Grabación: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="202"/>
        <source>Nothing to play: open or record a clip first.</source>
        <translation>Nada que reproducir: abra o grabe primero un fragmento.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="206"/>
        <source>Stop the recording before playing.</source>
        <translation>Detenga la grabación antes de reproducir.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="216"/>
        <source>Recording stopped; preparing the clip...</source>
        <translation>Grabación detenida; preparando el fragmento...</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="242"/>
        <source>Audio devices unavailable: %1</source>
        <translation>Dispositivos de audio no disponibles: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="249"/>
        <source>No audio devices found: playback and recording are unavailable.</source>
        <translation>No se encontraron dispositivos de audio: la reproducción y la grabación no están disponibles.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="267"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="267"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="270"/>
        <source>Stop Recording</source>
        <translation>Detener grabación</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="270"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="281"/>
        <source>Selection: %1–%2 s (%3 s)</source>
        <translation>Selección: %1–%2 s (%3 s)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="286"/>
        <source>No selection: Play plays the whole clip. Shift+drag on a view to select.</source>
        <translation>Sin selección: Reproducir reproduce todo el fragmento. Mayús+arrastrar sobre una vista para seleccionar.</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="299"/>
        <source>Play the selection, or the whole clip (Space)</source>
        <translation>Reproducir la selección o todo el fragmento (Espacio)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="300"/>
        <source>Record from the input device; the recording becomes the current clip (Ctrl+R)</source>
        <translation>Grabar desde el dispositivo de entrada; la grabación pasa a ser el fragmento actual (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="301"/>
        <source>&amp;Output:</source>
        <translation>&amp;Salida:</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="302"/>
        <source>&amp;Input:</source>
        <translation>&amp;Entrada:</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="303"/>
        <location filename="../widgets/AudioTransport.cpp" line="304"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="305"/>
        <source>Input level, -60 to 0 dBFS</source>
        <translation>Nivel de entrada, de -60 a 0 dBFS</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="306"/>
        <source>Time recorded</source>
        <translation>Tiempo grabado</translation>
    </message>
    <message>
        <location filename="../widgets/AudioTransport.cpp" line="307"/>
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
    <name>wb::CallAnalysisPanel</name>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="169"/>
        <source>The sample call is missing from this build, or cannot be copied to a temporary folder.</source>
        <translation>La llamada de ejemplo falta en esta compilación o no se puede copiar a una carpeta temporal.</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="179"/>
        <source>Open a call recording first, or the sample call.</source>
        <translation>Abra primero una grabación de llamada, o la llamada de ejemplo.</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="199"/>
        <source>Analyzing the call %1</source>
        <translation>Analizando la llamada %1</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="209"/>
        <source>Analyzing the call…</source>
        <translation>Analizando la llamada…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CallAnalysisPanel.cpp" line="235"/>
        <source>Call analyzed: %n keyword hit(s), quality %1 / 100.</source>
        <translation>
            <numerusform>Llamada analizada: %n palabra clave detectada, calidad %1 / 100.</numerusform>
            <numerusform>Llamada analizada: %n palabras clave detectadas, calidad %1 / 100.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="246"/>
        <source>The call could not be analyzed: %1</source>
        <translation>No se pudo analizar la llamada: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="258"/>
        <source>Call analysis cancelled.</source>
        <translation>Análisis de llamada cancelado.</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="274"/>
        <source>long silence</source>
        <translation>silencio largo</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="276"/>
        <source>overlap</source>
        <translation>solapamiento</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="276"/>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="278"/>
        <source>keyword “%1”</source>
        <translation>palabra clave «%1»</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="280"/>
        <source>positive “%1”</source>
        <translation>positiva «%1»</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="294"/>
        <source>A mono recording has one party: talk time is the speaker&apos;s, and overlap cannot be measured (a stereo call keeps the agent left, the customer right).</source>
        <translation>Una grabación mono tiene una sola parte: el tiempo de habla es del hablante y el solapamiento no se puede medir (una llamada estéreo lleva al agente a la izquierda y al cliente a la derecha).</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="296"/>
        <source>Some watch-list words are not in the recognizer&apos;s dictionary and cannot be found.</source>
        <translation>Algunas palabras de la lista de vigilancia no están en el diccionario del reconocedor y no se pueden encontrar.</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="309"/>
        <source>Open Call Recording</source>
        <translation>Abrir grabación de llamada</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="310"/>
        <source>Audio (*.wav *.flac *.ogg *.aiff *.mp3);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.ogg *.aiff *.mp3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="320"/>
        <source>Export Report as PDF</source>
        <translation>Exportar informe como PDF</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="320"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="321"/>
        <source>Export Report as CSV</source>
        <translation>Exportar informe como CSV</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="321"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="336"/>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="350"/>
        <source>Report saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="377"/>
        <source>Open call…</source>
        <translation>Abrir llamada…</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="378"/>
        <source>Open sample call</source>
        <translation>Abrir llamada de ejemplo</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="380"/>
        <source>No call open</source>
        <translation>Ninguna llamada abierta</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="381"/>
        <source>&amp;Watch list:</source>
        <translation>&amp;Lista de vigilancia:</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="382"/>
        <source>Comma-separated words or phrases to spot; end a word with * to match any ending.</source>
        <translation>Palabras o frases separadas por comas; termine una palabra con * para aceptar cualquier terminación.</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="383"/>
        <source>&amp;Long silence ≥</source>
        <translation>Silencio &amp;largo ≥</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="384"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="385"/>
        <source>Analyze</source>
        <translation>Analizar</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="386"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="387"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="388"/>
        <source>Plays the call; click the timeline or double-click a marker to play from there.</source>
        <translation>Reproduce la llamada; haga clic en la línea de tiempo o doble clic en un marcador para reproducir desde ahí.</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="389"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="390"/>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="391"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="392"/>
        <source>Measures and quality score</source>
        <translation>Medidas y puntuación de calidad</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="393"/>
        <source>Markers</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="394"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="395"/>
        <source>Start (s)</source>
        <translation>Inicio (s)</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="395"/>
        <source>End (s)</source>
        <translation>Fin (s)</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="395"/>
        <source>Marker</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <location filename="../widgets/CallAnalysisPanel.cpp" line="395"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
</context>
<context>
    <name>wb::CallCenterPanel</name>
    <message>
        <location filename="../widgets/CallCenterPanel.cpp" line="50"/>
        <source>ROI calculator</source>
        <translation>Calculadora de ROI</translation>
    </message>
    <message>
        <location filename="../widgets/CallCenterPanel.cpp" line="52"/>
        <source>Call analysis</source>
        <translation>Análisis de llamadas</translation>
    </message>
    <message>
        <location filename="../widgets/CallCenterPanel.cpp" line="54"/>
        <source>Classifier</source>
        <translation>Clasificador</translation>
    </message>
</context>
<context>
    <name>wb::CallReportDocument</name>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="44"/>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="45"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="45"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="51"/>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="53"/>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="54"/>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="62"/>
        <source>No sentiment model: the %1&apos;s spotted words, (positive + 1) / (positive + escalation + 2) with %2 positive and %3 escalation words.</source>
        <translation>Sin modelo de sentimiento: palabras detectadas de %1, (positivas + 1) / (positivas + escalada + 2) con %2 palabras positivas y %3 de escalada.</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="66"/>
        <source>No emotion model: 1 − the %1&apos;s agitation (%2), from loudness and pitch variability.</source>
        <translation>Sin modelo de emoción: 1 − la agitación de %1 (%2), a partir de la variabilidad de sonoridad y tono.</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="68"/>
        <source>1 − min(escalation words, 5) / 5 with %1 escalation words from the %2: fewer is better, where the seed&apos;s term grew with them.</source>
        <translation>1 − mín(palabras de escalada, 5) / 5 con %1 palabras de escalada de %2: menos es mejor, mientras que el término de la semilla crecía con ellas.</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="75"/>
        <source>The seed scored a call as 0.4 × sentiment + 0.3 × emotion + 0.3 × keywords, but its inputs were on different scales (model outputs on 0–1 or −1…1 next to a keyword count and a 0–100 score), so the sum had no fixed range; its keyword term grew with every escalation word, so “cancel”, “manager” and “refund” raised the quality; and it assumed sentiment and emotion models that WaveBench does not have. WaveBench keeps the weights, puts every term on 0–1 with higher meaning a better call, reports 0–100, and names the measurement behind each term.</source>
        <translation>La semilla puntuaba una llamada como 0,4 × sentimiento + 0,3 × emoción + 0,3 × palabras clave, pero sus entradas estaban en escalas distintas (salidas de modelos en 0–1 o −1…1 junto a un recuento de palabras clave y una puntuación 0–100), así que la suma no tenía un rango fijo; su término de palabras clave crecía con cada palabra de escalada, de modo que «cancel», «manager» y «refund» subían la calidad; y suponía modelos de sentimiento y emoción que WaveBench no tiene. WaveBench conserva los pesos, pone cada término en 0–1 (más alto es una llamada mejor), informa en 0–100 y nombra la medida detrás de cada término.</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="86"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="86"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="87"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="87"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="91"/>
        <source>%1 talk time</source>
        <translation>Tiempo de habla: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="91"/>
        <source>%1 s (%2)</source>
        <translation>%1 s (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="92"/>
        <source>%1 agitation (0–1)</source>
        <translation>Agitación: %1 (0–1)</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="93"/>
        <source>%1 escalation / positive words</source>
        <translation>Palabras de escalada / positivas: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="95"/>
        <source>Silence</source>
        <translation>Silencio</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="96"/>
        <source>Long silences (≥ %1 s)</source>
        <translation>Silencios largos (≥ %1 s)</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="97"/>
        <source>Overlap</source>
        <translation>Solapamiento</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="97"/>
        <source>%1 (%2 spans)</source>
        <translation>%1 (%2 tramos)</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="98"/>
        <source>not measurable in a mono recording</source>
        <translation>no medible en una grabación mono</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="99"/>
        <source>Keyword hits</source>
        <translation>Palabras clave detectadas</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="99"/>
        <source>recognizer off</source>
        <translation>reconocedor desactivado</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="100"/>
        <location filename="../widgets/CallReportDocument.cpp" line="212"/>
        <source>Quality score</source>
        <translation>Puntuación de calidad</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="107"/>
        <source>Not in the recognizer&apos;s dictionary, so never found: %1.</source>
        <translation>No están en el diccionario del reconocedor, así que nunca se encuentran: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="115"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="115"/>
        <source>sentiment</source>
        <translation>sentimiento</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="115"/>
        <source>emotion</source>
        <translation>emoción</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="115"/>
        <source>keywords</source>
        <translation>palabras clave</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="119"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="119"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="119"/>
        <source>Value (0–1)</source>
        <translation>Valor (0–1)</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="119"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="119"/>
        <source>Measured from</source>
        <translation>Medido a partir de</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="126"/>
        <source>About the seed&apos;s formula:</source>
        <translation>Sobre la fórmula de la semilla:</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="127"/>
        <source>Agitation = mean of three terms clamped to 0–1: loudness (dBFS + 40) / 30, loudness spread (dB) / 20, pitch spread (semitones) / 6.</source>
        <translation>Agitación = media de tres términos limitados a 0–1: sonoridad (dBFS + 40) / 30, dispersión de sonoridad (dB) / 20, dispersión de tono (semitonos) / 6.</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="136"/>
        <source>Start (s)</source>
        <translation>Inicio (s)</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="136"/>
        <source>End (s)</source>
        <translation>Fin (s)</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="136"/>
        <source>Marker</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="136"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="140"/>
        <source>long silence, %1 s</source>
        <translation>silencio largo, %1 s</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="142"/>
        <source>overlap, %1 s</source>
        <translation>solapamiento, %1 s</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="142"/>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="144"/>
        <source>keyword “%1”</source>
        <translation>palabra clave «%1»</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="146"/>
        <source>positive “%1”</source>
        <translation>positiva «%1»</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="157"/>
        <source>The speech recognizer did not run.</source>
        <translation>El reconocedor de voz no se ejecutó.</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="225"/>
        <source>Call analysis: %1</source>
        <translation>Análisis de llamada: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="206"/>
        <source>Call analysis</source>
        <translation>Análisis de llamadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CallReportDocument.cpp" line="207"/>
        <source>%1 · %2 s · %n channel(s) · %3</source>
        <translation>
            <numerusform>%1 · %2 s · %n canal · %3</numerusform>
            <numerusform>%1 · %2 s · %n canales · %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="211"/>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="213"/>
        <source>Markers</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location filename="../widgets/CallReportDocument.cpp" line="214"/>
        <source>Transcript (pocketsphinx)</source>
        <translation>Transcripción (pocketsphinx)</translation>
    </message>
</context>
<context>
    <name>wb::CallTimelineView</name>
    <message>
        <location filename="../widgets/CallTimelineView.cpp" line="32"/>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <location filename="../widgets/CallTimelineView.cpp" line="33"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../widgets/CallTimelineView.cpp" line="33"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../widgets/CallTimelineView.cpp" line="96"/>
        <source>Open a call recording, or the sample call, and press Analyze.</source>
        <translation>Abra una grabación de llamada, o la llamada de ejemplo, y pulse Analizar.</translation>
    </message>
    <message>
        <location filename="../widgets/CallTimelineView.cpp" line="140"/>
        <source>long silence (≥ %1 s)</source>
        <translation>silencio largo (≥ %1 s)</translation>
    </message>
    <message>
        <location filename="../widgets/CallTimelineView.cpp" line="142"/>
        <source>overlap</source>
        <translation>solapamiento</translation>
    </message>
    <message>
        <location filename="../widgets/CallTimelineView.cpp" line="143"/>
        <source>keyword</source>
        <translation>palabra clave</translation>
    </message>
    <message>
        <location filename="../widgets/CallTimelineView.cpp" line="144"/>
        <source>positive word</source>
        <translation>palabra positiva</translation>
    </message>
    <message>
        <location filename="../widgets/CallTimelineView.cpp" line="193"/>
        <source>silence %1 s</source>
        <translation>silencio %1 s</translation>
    </message>
    <message>
        <location filename="../widgets/CallTimelineView.cpp" line="202"/>
        <source>overlap %1 s</source>
        <translation>solapamiento %1 s</translation>
    </message>
    <message>
        <location filename="../widgets/CallTimelineView.cpp" line="42"/>
        <location filename="../widgets/CallTimelineView.cpp" line="249"/>
        <source>Agitation</source>
        <translation>Agitación</translation>
    </message>
    <message>
        <location filename="../widgets/CallTimelineView.cpp" line="280"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>wb::ClassifierPanel</name>
    <message>
        <location filename="../widgets/ClassifierPanel.cpp" line="39"/>
        <source>Keyword model</source>
        <translation>Modelo de palabras clave</translation>
    </message>
    <message>
        <location filename="../widgets/ClassifierPanel.cpp" line="40"/>
        <source>Train your own</source>
        <translation>Entrene el suyo</translation>
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
    <name>wb::CloneOutputView</name>
    <message>
        <location filename="../widgets/CloneOutputView.cpp" line="96"/>
        <source>Nothing cloned yet: press Clone first.</source>
        <translation>Aún no hay nada clonado: pulsa Clonar primero.</translation>
    </message>
    <message>
        <location filename="../widgets/CloneOutputView.cpp" line="119"/>
        <source>Save the Clone</source>
        <translation>Guardar el clon</translation>
    </message>
    <message>
        <location filename="../widgets/CloneOutputView.cpp" line="119"/>
        <source>WAV audio (*.wav)</source>
        <translation>Audio WAV (*.wav)</translation>
    </message>
    <message>
        <location filename="../widgets/CloneOutputView.cpp" line="124"/>
        <source>Saved %1 (it carries the watermark)</source>
        <translation>Guardado %1 (lleva la marca de agua)</translation>
    </message>
    <message>
        <location filename="../widgets/CloneOutputView.cpp" line="126"/>
        <source>Cannot save the audio</source>
        <translation>No se puede guardar el audio</translation>
    </message>
    <message>
        <location filename="../widgets/CloneOutputView.cpp" line="139"/>
        <source>■ Stop</source>
        <translation>■ Detener</translation>
    </message>
    <message>
        <location filename="../widgets/CloneOutputView.cpp" line="139"/>
        <source>▶ Play</source>
        <translation>▶ Reproducir</translation>
    </message>
    <message>
        <location filename="../widgets/CloneOutputView.cpp" line="140"/>
        <source>Save WAV…</source>
        <translation>Guardar WAV…</translation>
    </message>
</context>
<context>
    <name>wb::ConfusionMatrixView</name>
    <message>
        <location filename="../widgets/ConfusionMatrixView.cpp" line="67"/>
        <source>The confusion matrix appears here after training: which class each clip was taken for.</source>
        <translation>La matriz de confusión aparece aquí tras el entrenamiento: por qué clase se tomó cada clip.</translation>
    </message>
    <message>
        <location filename="../widgets/ConfusionMatrixView.cpp" line="72"/>
        <location filename="../widgets/ConfusionMatrixView.cpp" line="101"/>
        <source>true \ predicted</source>
        <translation>verdadera \ predicha</translation>
    </message>
    <message>
        <location filename="../widgets/ConfusionMatrixView.cpp" line="76"/>
        <location filename="../widgets/ConfusionMatrixView.cpp" line="116"/>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <location filename="../widgets/ConfusionMatrixView.cpp" line="114"/>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ConfusionMatrixView.cpp" line="152"/>
        <source>Accuracy %1 on %n clip(s)</source>
        <translation>
            <numerusform>Exactitud %1 en %n clip</numerusform>
            <numerusform>Exactitud %1 en %n clips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ConsentBox</name>
    <message>
        <location filename="../widgets/ConsentBox.cpp" line="139"/>
        <source>1. Consent</source>
        <translation>1. Consentimiento</translation>
    </message>
    <message>
        <location filename="../widgets/ConsentBox.cpp" line="140"/>
        <source>Clone only a voice whose owner said yes. Name the speaker and tick the box together with them.</source>
        <translation>Clona solo una voz cuyo dueño haya dicho que sí. Escribe el nombre de quien habla y marca la casilla junto con esa persona.</translation>
    </message>
    <message>
        <location filename="../widgets/ConsentBox.cpp" line="142"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Hablante:</translation>
    </message>
    <message>
        <location filename="../widgets/ConsentBox.cpp" line="143"/>
        <source>Recorded &amp;by:</source>
        <translation>Grabado &amp;por:</translation>
    </message>
    <message>
        <location filename="../widgets/ConsentBox.cpp" line="144"/>
        <source>Who is speaking</source>
        <translation>Quién habla</translation>
    </message>
    <message>
        <location filename="../widgets/ConsentBox.cpp" line="145"/>
        <source>Who records (optional)</source>
        <translation>Quién graba (opcional)</translation>
    </message>
    <message>
        <location filename="../widgets/ConsentBox.cpp" line="146"/>
        <source>The speaker</source>
        <translation>La persona que habla</translation>
    </message>
    <message>
        <location filename="../widgets/ConsentBox.cpp" line="147"/>
        <source>%1 agrees to have their voice recorded and cloned for this class</source>
        <translation>%1 acepta que su voz se grabe y se clone para esta clase</translation>
    </message>
    <message>
        <location filename="../widgets/ConsentBox.cpp" line="151"/>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Consent recorded; it is saved with the reference.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Consentimiento registrado; se guarda con la referencia.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/ConsentBox.cpp" line="153"/>
        <source>&lt;span style=&apos;color:#b26a00&apos;&gt;No consent yet: Clone stays disabled.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b26a00&apos;&gt;Aún no hay consentimiento: Clonar sigue desactivado.&lt;/span&gt;</translation>
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
    <name>wb::KeywordModelPage</name>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="99"/>
        <source>&lt;b&gt;Listening stopped.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Se dejó de escuchar.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="113"/>
        <source>&lt;b&gt;The keyword model could not be loaded.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se pudo cargar el modelo de palabras clave.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="117"/>
        <source>&lt;b&gt;Could not classify.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se pudo clasificar.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="144"/>
        <source>&lt;b&gt;The keyword model is missing.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Falta el modelo de palabras clave.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="148"/>
        <source>Loading the keyword model</source>
        <translation>Cargando el modelo de palabras clave</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="164"/>
        <source>Loading the keyword model…</source>
        <translation>Cargando el modelo de palabras clave…</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="176"/>
        <source>&lt;b&gt;Accuracy on held-out voices: %1%&lt;/b&gt;&lt;br&gt;Tested on %2 clips of voices it never heard in training%3. Rows: the word said; columns: the word heard.</source>
        <translation>&lt;b&gt;Exactitud con voces reservadas: %1%&lt;/b&gt;&lt;br&gt;Probado con %2 clips de voces que nunca oyó en el entrenamiento%3. Filas: la palabra dicha; columnas: la palabra oída.</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="183"/>
        <source>This model has no held-out test in its notes.</source>
        <translation>Este modelo no tiene una prueba con datos reservados en sus notas.</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="189"/>
        <source>Classify an audio file</source>
        <translation>Clasificar un archivo de audio</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="190"/>
        <source>Audio files (*.wav *.flac *.ogg *.aiff *.aif *.mp3);;All files (*)</source>
        <translation>Archivos de audio (*.wav *.flac *.ogg *.aiff *.aif *.mp3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="198"/>
        <location filename="../widgets/KeywordModelPage.cpp" line="214"/>
        <source>The keyword model is not loaded yet.</source>
        <translation>El modelo de palabras clave aún no está cargado.</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="204"/>
        <source>Classifying a file</source>
        <translation>Clasificando un archivo</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="229"/>
        <source>Listening for keywords</source>
        <translation>Escuchando palabras clave</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="238"/>
        <source>Heard: %1 (%2%)</source>
        <translation>Oído: %1 (%2%)</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="253"/>
        <source>A small convolutional network listens for ten command words: &lt;i&gt;yes, no, up, down, left, right, on, off, stop, go&lt;/i&gt;, plus &lt;i&gt;unknown&lt;/i&gt; (any other word) and &lt;i&gt;silence&lt;/i&gt;. It sees one second as a 40-band log-mel spectrogram. It was trained on synthetic voices only, so real voices may fool it: try it.</source>
        <translation>Una pequeña red convolucional escucha diez palabras de mando en inglés: &lt;i&gt;yes, no, up, down, left, right, on, off, stop, go&lt;/i&gt;, más &lt;i&gt;unknown&lt;/i&gt; (cualquier otra palabra) y &lt;i&gt;silence&lt;/i&gt; (silencio). Ve un segundo como un espectrograma log-mel de 40 bandas. Se entrenó solo con voces sintéticas, así que las voces reales pueden engañarla: pruébela.</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="257"/>
        <source>Classify a file…</source>
        <translation>Clasificar un archivo…</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="258"/>
        <location filename="../widgets/KeywordModelPage.cpp" line="261"/>
        <source>Stop listening</source>
        <translation>Dejar de escuchar</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="258"/>
        <location filename="../widgets/KeywordModelPage.cpp" line="262"/>
        <source>Listen to the microphone</source>
        <translation>Escuchar el micrófono</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="263"/>
        <source>Input:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <location filename="../widgets/KeywordModelPage.cpp" line="265"/>
        <source>Heard: –</source>
        <translation>Oído: –</translation>
    </message>
</context>
<context>
    <name>wb::LossChart</name>
    <message>
        <location filename="../widgets/LossChart.cpp" line="112"/>
        <source>training loss (cross-entropy, nats)</source>
        <translation>pérdida de entrenamiento (entropía cruzada, nats)</translation>
    </message>
    <message>
        <location filename="../widgets/LossChart.cpp" line="113"/>
        <source>uniform guess: ln %1 = %2</source>
        <translation>conjetura uniforme: ln %1 = %2</translation>
    </message>
    <message>
        <location filename="../widgets/LossChart.cpp" line="114"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location filename="../widgets/LossChart.cpp" line="115"/>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
</context>
<context>
    <name>wb::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="105"/>
        <source>Cannot open file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="205"/>
        <source>WaveBench — %1</source>
        <translation>WaveBench — %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="206"/>
        <source>WaveBench</source>
        <translation>WaveBench</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="207"/>
        <source>Audio Lab</source>
        <translation>Laboratorio de audio</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="208"/>
        <source>WaveNet</source>
        <translation>WaveNet</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="209"/>
        <source>Text-to-Speech</source>
        <translation>Texto a voz</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="210"/>
        <source>Voice Cloning</source>
        <translation>Clonación de voz</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="211"/>
        <source>Call Center</source>
        <translation>Centro de llamadas</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="214"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="215"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="216"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="217"/>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="218"/>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="219"/>
        <source>Open an audio file (WAV, FLAC, OGG, AIFF, MP3)</source>
        <translation>Abrir un archivo de audio (WAV, FLAC, OGG, AIFF, MP3)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="220"/>
        <source>Open &amp;Sample</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="221"/>
        <source>Open the built-in teaching clip</source>
        <translation>Abrir el fragmento didáctico integrado</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="222"/>
        <source>Save &amp;As...</source>
        <translation>&amp;Guardar como...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="223"/>
        <source>Save the clip as analysed (mono, analysis rate) as WAV or FLAC</source>
        <translation>Guardar el fragmento tal como se analiza (mono, frecuencia de análisis) en WAV o FLAC</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="224"/>
        <source>&amp;Export Figure...</source>
        <translation>E&amp;xportar figura...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="225"/>
        <source>Save the waveform and mel-spectrogram as PNG, SVG or PDF</source>
        <translation>Guardar la forma de onda y el espectrograma mel como PNG, SVG o PDF</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="226"/>
        <source>Export &amp;Mel (.npy)...</source>
        <translation>Exportar &amp;mel (.npy)...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="227"/>
        <source>Save the mel-spectrogram in dB as a NumPy array [n_mels, frames]</source>
        <translation>Guardar el espectrograma mel en dB como matriz de NumPy [n_mels, tramas]</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="228"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="229"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="230"/>
        <source>&amp;About WaveBench</source>
        <translation>&amp;Acerca de WaveBench</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="274"/>
        <source>Cannot open the sample</source>
        <translation>No se puede abrir el ejemplo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="290"/>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="305"/>
        <source>Open Audio File</source>
        <translation>Abrir archivo de audio</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="306"/>
        <source>Audio files (*.wav *.flac *.ogg *.oga *.aiff *.aif *.mp3);;All files (*)</source>
        <translation>Archivos de audio (*.wav *.flac *.ogg *.oga *.aiff *.aif *.mp3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="329"/>
        <source>development build</source>
        <translation>compilación de desarrollo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="332"/>
        <source>About WaveBench</source>
        <translation>Acerca de WaveBench</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="333"/>
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
        <location filename="../widgets/MuLawPanel.cpp" line="209"/>
        <source>Comparing 8-bit quantizers</source>
        <translation>Comparando cuantizadores de 8 bits</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="221"/>
        <source>No clip yet: load one in the Audio Lab.</source>
        <translation>Aún no hay fragmento: cargue uno en el Laboratorio de audio.</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="223"/>
        <source>On the Audio Lab&apos;s clip %1 (%2 s%3):</source>
        <translation>Sobre el fragmento del Laboratorio de audio %1 (%2 s%3):</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="226"/>
        <source>, the first 30 s</source>
        <translation>, los primeros 30 s</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="229"/>
        <source>%1: …</source>
        <translation>%1: …</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="232"/>
        <source>%1: silence, no SNR</source>
        <translation>%1: silencio, sin SNR</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="235"/>
        <source>%1: SNR %2 dB</source>
        <translation>%1: SNR %2 dB</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="239"/>
        <source>8-bit linear</source>
        <translation>Lineal de 8 bits</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="240"/>
        <source>8-bit mu-law</source>
        <translation>Ley mu de 8 bits</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="252"/>
        <source>input amplitude x</source>
        <translation>amplitud de entrada x</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="253"/>
        <source>companded F(x)</source>
        <translation>comprimida F(x)</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="254"/>
        <source>linear (no companding)</source>
        <translation>lineal (sin compresión)</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="255"/>
        <source>mu-law, mu = 255</source>
        <translation>ley mu, mu = 255</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="256"/>
        <source>the 256 levels</source>
        <translation>los 256 niveles</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="258"/>
        <source>Make the clip quieter by:</source>
        <translation>Bajar el volumen del fragmento en:</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="259"/>
        <source>Scales the clip before quantizing. Linear SNR falls about 1 dB per dB; mu-law&apos;s holds steady until the clip is very quiet.</source>
        <translation>Escala el fragmento antes de cuantizar. La SNR lineal cae cerca de 1 dB por dB; la de la ley mu se mantiene hasta que el fragmento es muy débil.</translation>
    </message>
    <message>
        <location filename="../widgets/MuLawPanel.cpp" line="260"/>
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
    <name>wb::ReferenceRecorder</name>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="81"/>
        <source>Recorded %1 s. Computing its embedding…</source>
        <translation>Grabados %1 s. Calculando su embedding…</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="88"/>
        <source>Recording failed: %1</source>
        <translation>La grabación falló: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="138"/>
        <source>&lt;b&gt;Get ready: recording in %1…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prepárate: grabando en %1…&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="144"/>
        <source>&lt;b&gt;Recording — speak now.&lt;/b&gt; Read the passage above in your normal voice.</source>
        <translation>&lt;b&gt;Grabando: habla ahora.&lt;/b&gt; Lee el pasaje de arriba con tu voz normal.</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="156"/>
        <source>Recording cancelled.</source>
        <translation>Grabación cancelada.</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="168"/>
        <source>keep going</source>
        <translation>sigue</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="168"/>
        <source>that is enough: press Stop</source>
        <translation>ya basta: pulsa Detener</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="169"/>
        <source>press Stop</source>
        <translation>pulsa Detener</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="170"/>
        <source>&lt;b&gt;Recording: %1 s&lt;/b&gt; of about 10 — %2.</source>
        <translation>&lt;b&gt;Grabando: %1 s&lt;/b&gt; de unos 10 — %2.</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="197"/>
        <source>Load a Reference Voice</source>
        <translation>Cargar una voz de referencia</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="197"/>
        <source>Audio files (*.wav *.flac *.ogg *.aiff *.aif *.mp3)</source>
        <translation>Archivos de audio (*.wav *.flac *.ogg *.aiff *.aif *.mp3)</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="207"/>
        <source>■ Stop</source>
        <translation>■ Detener</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="207"/>
        <source>● Record</source>
        <translation>● Grabar</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="209"/>
        <source>Record a reference: a 3-2-1 countdown, then speak for about 10 seconds and press Stop</source>
        <translation>Graba una referencia: una cuenta atrás 3-2-1, luego habla unos 10 segundos y pulsa Detener</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="227"/>
        <source>Every voice has its own color. I am reading these lines at my usual pace, in a quiet room. Bright yellow birds sang while the children played by the river.</source>
        <extracomment>Read aloud for the reference recording, and its transcript for speaker adaptation. The model speaks English only: keep it in English.</extracomment>
        <translation>Every voice has its own color. I am reading these lines at my usual pace, in a quiet room. Bright yellow birds sang while the children played by the river.</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="233"/>
        <source>2. Reference voice</source>
        <translation>2. Voz de referencia</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="234"/>
        <source>Record &lt;b&gt;about 10 seconds&lt;/b&gt; of natural speech in a quiet room (more is fine; under 3 s gives a poor embedding), or load a recording. Silence at the ends is trimmed; several references are averaged into one voice.</source>
        <translation>Graba &lt;b&gt;unos 10 segundos&lt;/b&gt; de habla natural en una sala tranquila (más está bien; menos de 3 s da un embedding pobre) o carga una grabación. El silencio de los extremos se recorta; varias referencias se promedian en una sola voz.</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="237"/>
        <source>Read this aloud: &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>Lee esto en voz alta (en inglés: el modelo solo habla inglés): &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="238"/>
        <source>&amp;Input:</source>
        <translation>&amp;Entrada:</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="239"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="240"/>
        <source>Load file…</source>
        <translation>Cargar archivo…</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="241"/>
        <source>Input level, -60 to 0 dBFS</source>
        <translation>Nivel de entrada, de -60 a 0 dBFS</translation>
    </message>
    <message>
        <location filename="../widgets/ReferenceRecorder.cpp" line="243"/>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
</context>
<context>
    <name>wb::RoiCharts</name>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="199"/>
        <source>Cost per year</source>
        <translation>Coste por año</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="207"/>
        <location filename="../widgets/RoiCharts.cpp" line="279"/>
        <location filename="../widgets/RoiCharts.cpp" line="350"/>
        <source>QA team</source>
        <translation>Equipo de QA</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="208"/>
        <location filename="../widgets/RoiCharts.cpp" line="351"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="222"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="225"/>
        <location filename="../widgets/RoiCharts.cpp" line="407"/>
        <source>Cost (USD)</source>
        <translation>Coste (USD)</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="235"/>
        <source>Break-even after %1 months (1 day)</source>
        <translation>Punto de equilibrio a los %1 meses (1 día)</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="236"/>
        <source>Break-even after %1 months (%2 days)</source>
        <translation>Punto de equilibrio a los %1 meses (%2 días)</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="238"/>
        <source>Break-even after %1 months</source>
        <translation>Punto de equilibrio a los %1 meses</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="265"/>
        <source>Cumulative cost and break-even</source>
        <translation>Coste acumulado y punto de equilibrio</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="280"/>
        <source>AI (setup at the start)</source>
        <translation>IA (puesta en marcha al inicio)</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="289"/>
        <source>Months from the start</source>
        <translation>Meses desde el inicio</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="290"/>
        <source>Years from the start</source>
        <translation>Años desde el inicio</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="297"/>
        <source>Cumulative cost (USD)</source>
        <translation>Coste acumulado (USD)</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="316"/>
        <source>Break-even</source>
        <translation>Punto de equilibrio</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="335"/>
        <source>%1, beyond the horizon</source>
        <translation>%1, más allá del horizonte</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="336"/>
        <source>No break-even: the AI costs as much a year as the team</source>
        <translation>Sin punto de equilibrio: la IA cuesta al año tanto como el equipo</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="345"/>
        <source>Share of calls reviewed</source>
        <translation>Proporción de llamadas revisadas</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="364"/>
        <source>The team reviews %1 of %2 calls a month,&lt;br&gt;the AI all of them</source>
        <translation>El equipo revisa %1 de %2 llamadas al mes,&lt;br&gt;la IA todas</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="404"/>
        <source>Audiobook, %1 h&lt;br&gt;%2% saved</source>
        <translation>Audiolibro, %1 h&lt;br&gt;%2% de ahorro</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="405"/>
        <source>Dubbing, %1 min&lt;br&gt;%2% saved</source>
        <translation>Doblaje, %1 min&lt;br&gt;%2% de ahorro</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="368"/>
        <source>Calls reviewed (%)</source>
        <translation>Llamadas revisadas (%)</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="381"/>
        <source>Content creation: human against AI</source>
        <translation>Creación de contenido: personas frente a IA</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="388"/>
        <source>Voice actor / dubbing studio</source>
        <translation>Actor de voz / estudio de doblaje</translation>
    </message>
    <message>
        <location filename="../widgets/RoiCharts.cpp" line="389"/>
        <source>AI generation</source>
        <translation>Generación con IA</translation>
    </message>
</context>
<context>
    <name>wb::RoiForm</name>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="338"/>
        <source>Call center quality assurance</source>
        <translation>Control de calidad del centro de llamadas</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="339"/>
        <source>Content creation</source>
        <translation>Creación de contenido</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="340"/>
        <source>AI priced from TTS speed</source>
        <translation>IA valorada por la velocidad de TTS</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="342"/>
        <source>QA &amp;analysts:</source>
        <translation>&amp;Analistas de QA:</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="342"/>
        <source>&amp;Salary per analyst (year):</source>
        <translation>&amp;Salario por analista (año):</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="343"/>
        <source>&amp;Calls reviewed per analyst (month):</source>
        <translation>&amp;Llamadas revisadas por analista (mes):</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="343"/>
        <source>Call &amp;volume (month):</source>
        <translation>&amp;Volumen de llamadas (mes):</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="344"/>
        <source>AI se&amp;tup cost:</source>
        <translation>Coste de &amp;puesta en marcha de la IA:</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="344"/>
        <source>API/compute per y&amp;ear:</source>
        <translation>API/cómputo por a&amp;ño:</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="344"/>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizonte:</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="345"/>
        <source>Hours of audio:</source>
        <translation>Horas de audio:</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="345"/>
        <source>Voice actor per hour:</source>
        <translation>Actor de voz por hora:</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="345"/>
        <source>AI per hour:</source>
        <translation>IA por hora:</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="346"/>
        <source>Minutes of film:</source>
        <translation>Minutos de película:</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="346"/>
        <source>Dubbing studio per minute:</source>
        <translation>Estudio de doblaje por minuto:</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="346"/>
        <source>AI per minute:</source>
        <translation>IA por minuto:</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="347"/>
        <source>&amp;Real-time factor:</source>
        <translation>&amp;Factor de tiempo real:</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="347"/>
        <source>Compute price per hour:</source>
        <translation>Precio del cómputo por hora:</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="350"/>
        <source> year</source>
        <translation> año</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="350"/>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="351"/>
        <source>Audiobook</source>
        <translation>Audiolibro</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="352"/>
        <source>Dubbing a film</source>
        <translation>Doblar una película</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="353"/>
        <source>&amp;Price AI generation from TTS speed</source>
        <translation>&amp;Valorar la generación con IA por la velocidad de TTS</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="354"/>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="354"/>
        <source>&amp;Measure on this machine</source>
        <translation>&amp;Medir en este equipo</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="356"/>
        <source>People who listen to calls and score them.</source>
        <translation>Personas que escuchan las llamadas y las puntúan.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="357"/>
        <source>Yearly cost of one analyst to the company.</source>
        <translation>Coste anual de un analista para la empresa.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="359"/>
        <source>Calls one analyst can listen to and score in a month (about 5 a working day).</source>
        <translation>Llamadas que un analista puede escuchar y puntuar en un mes (unas 5 por día laborable).</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="360"/>
        <source>Every call the center takes in a month.</source>
        <translation>Todas las llamadas que recibe el centro en un mes.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="361"/>
        <source>One-off: integration, prompts, evaluation. Paid in year 1.</source>
        <translation>Pago único: integración, prompts, evaluación. Se paga el año 1.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="363"/>
        <source>Speech-to-text and language-model API calls, or the compute to run them, per year.</source>
        <translation>Llamadas a las API de voz a texto y de modelos de lenguaje, o el cómputo para ejecutarlos, por año.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="364"/>
        <source>Years over which costs, savings and ROI add up.</source>
        <translation>Años en los que se suman costes, ahorro y ROI.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="366"/>
        <source>Replace the AI rates with what the compute costs: an hour of audio takes real-time factor hours of compute at the price per hour.</source>
        <translation>Sustituye las tarifas de la IA por lo que cuesta el cómputo: una hora de audio lleva tantas horas de cómputo como el factor de tiempo real, al precio por hora.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="368"/>
        <source>Seconds of compute per second of audio: 0.04 makes an hour of audio in 2.4 minutes.</source>
        <translation>Segundos de cómputo por segundo de audio: 0,04 genera una hora de audio en 2,4 minutos.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="370"/>
        <source>What an hour of this compute costs (a cloud CPU, say).</source>
        <translation>Lo que cuesta una hora de este cómputo (por ejemplo, una CPU en la nube).</translation>
    </message>
    <message>
        <location filename="../widgets/RoiForm.cpp" line="372"/>
        <source>Speak a sentence with the shipped FastSpeech 2 and Griffin-Lim and time it.</source>
        <translation>Pronuncia una frase con el FastSpeech 2 incluido y Griffin-Lim y mide el tiempo.</translation>
    </message>
</context>
<context>
    <name>wb::RoiPanel</name>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="145"/>
        <location filename="../widgets/RoiPanel.cpp" line="150"/>
        <source>ROI scenarios (*.json)</source>
        <translation>Escenarios de ROI (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="155"/>
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="160"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="199"/>
        <source>ROI calculator back to the course&apos;s case.</source>
        <translation>La calculadora de ROI vuelve al caso del curso.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="35"/>
        <source>The number of QA analysts</source>
        <translation>El número de analistas de QA</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="36"/>
        <source>The salary per analyst</source>
        <translation>El salario por analista</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="37"/>
        <source>The calls reviewed per analyst</source>
        <translation>Las llamadas revisadas por analista</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="38"/>
        <source>The call volume</source>
        <translation>El volumen de llamadas</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="39"/>
        <source>The AI setup cost</source>
        <translation>El coste de puesta en marcha de la IA</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="40"/>
        <source>The API/compute cost per year</source>
        <translation>El coste anual de API/cómputo</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="41"/>
        <source>The horizon</source>
        <translation>El horizonte</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="45"/>
        <source>The audiobook&apos;s hours of audio</source>
        <translation>Las horas de audio del audiolibro</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="46"/>
        <source>The voice actor&apos;s rate</source>
        <translation>La tarifa del actor de voz</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="47"/>
        <source>The audiobook&apos;s AI rate</source>
        <translation>La tarifa de IA del audiolibro</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="50"/>
        <source>The film&apos;s minutes</source>
        <translation>Los minutos de la película</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="51"/>
        <source>The dubbing studio&apos;s rate</source>
        <translation>La tarifa del estudio de doblaje</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="52"/>
        <source>The dubbing AI rate</source>
        <translation>La tarifa de IA del doblaje</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="55"/>
        <source>The real-time factor</source>
        <translation>El factor de tiempo real</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="56"/>
        <source>The compute price per hour</source>
        <translation>El precio del cómputo por hora</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="61"/>
        <source>%1 is not a number.</source>
        <translation>%1 no es un número.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="62"/>
        <source>%1 cannot be negative.</source>
        <translation>%1 no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="63"/>
        <source>%1 must be above zero.</source>
        <translation>%1 debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="65"/>
        <source>%1 must be at least %2.</source>
        <translation>%1 debe ser al menos %2.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="67"/>
        <source>%1 must be at most %2.</source>
        <translation>%1 debe ser como mucho %2.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="69"/>
        <source>The analysts would review %1 calls a month, more than the %2 calls the center takes: lower the calls per analyst or raise the call volume.</source>
        <translation>Los analistas revisarían %1 llamadas al mes, más que las %2 llamadas que recibe el centro: baje las llamadas por analista o suba el volumen de llamadas.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="73"/>
        <source>The AI setup and yearly costs are both $0: the ROI (savings ÷ AI cost) would divide by zero. Enter what the AI costs.</source>
        <translation>Los costes de puesta en marcha y anual de la IA son ambos $0: el ROI (ahorro ÷ coste de la IA) dividiría por cero. Introduzca lo que cuesta la IA.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="234"/>
        <source>At this speed an hour of audio costs %1 of compute, a minute %2.</source>
        <translation>A esta velocidad una hora de audio cuesta %1 de cómputo, y un minuto %2.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="247"/>
        <source>%1 against %2: &lt;b&gt;%3 saved (%4)&lt;/b&gt;</source>
        <translation>%1 frente a %2: &lt;b&gt;%3 de ahorro (%4)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="261"/>
        <source>&lt;b&gt;Check the inputs.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Revise los datos.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="287"/>
        <source>%1 setup + %2 a year</source>
        <translation>%1 de puesta en marcha + %2 al año</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="292"/>
        <source>savings ÷ AI cost</source>
        <translation>ahorro ÷ coste de la IA</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="298"/>
        <source>of calls reviewed: team → AI</source>
        <translation>de llamadas revisadas: equipo → IA</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="307"/>
        <source>The AI never pays back: it costs at least as much a year as the team.</source>
        <translation>La IA nunca se amortiza: cuesta al año al menos tanto como el equipo.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="309"/>
        <source>%1, beyond the horizon.</source>
        <translation>%1, más allá del horizonte.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="315"/>
        <source>A reviewed call costs %1 with the team and %2 with the AI.</source>
        <translation>Una llamada revisada cuesta %1 con el equipo y %2 con la IA.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="86"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="87"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="101"/>
        <source>The scenario was not saved: %1</source>
        <translation>El escenario no se guardó: %1</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="104"/>
        <source>Scenario saved to %1.</source>
        <translation>Escenario guardado en %1.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="114"/>
        <source>The scenario was not loaded: %1</source>
        <translation>El escenario no se cargó: %1</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="118"/>
        <source>Scenario loaded from %1.</source>
        <translation>Escenario cargado de %1.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="132"/>
        <source>The table was not exported: %1</source>
        <translation>La tabla no se exportó: %1</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="135"/>
        <source>Table exported to %1.</source>
        <translation>Tabla exportada a %1.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="216"/>
        <location filename="../widgets/RoiPanelFiles.cpp" line="231"/>
        <source>The report was not exported: %1</source>
        <translation>El informe no se exportó: %1</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="225"/>
        <source>ROI calculator</source>
        <translation>Calculadora de ROI</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="148"/>
        <source>ROI calculator: call-center quality assurance</source>
        <translation>Calculadora de ROI: control de calidad del centro de llamadas</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="283"/>
        <source>%1 analysts × %2 a year</source>
        <translation>%1 analistas × %2 al año</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="284"/>
        <source>%1 analysts × %2 a year, %3 years</source>
        <translation>%1 analistas × %2 al año, %3 años</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="289"/>
        <source>traditional − AI, 1 year</source>
        <translation>tradicional − IA, 1 año</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="290"/>
        <source>traditional − AI, %1 years</source>
        <translation>tradicional − IA, %1 años</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="161"/>
        <source>%1 analysts at %2 a year, each reviewing %3 of %4 calls a month; AI: %5 setup + %6 a year for every call; horizon: %7.</source>
        <translation>%1 analistas a %2 al año, cada uno revisa %3 de %4 llamadas al mes; IA: %5 de puesta en marcha + %6 al año para todas las llamadas; horizonte: %7.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="166"/>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="166"/>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="203"/>
        <source>Audiobook, %1 h: %2.  Dubbing, %3 min: %4.</source>
        <translation>Audiolibro, %1 h: %2.  Doblaje, %3 min: %4.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanelFiles.cpp" line="234"/>
        <source>Report exported to %1.</source>
        <translation>Informe exportado a %1.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="334"/>
        <source>Cannot measure the TTS speed: %1 Enter a real-time factor by hand (from the Text-to-Speech tab or &lt;code&gt;wavebench tts bench&lt;/code&gt;).</source>
        <translation>No se puede medir la velocidad de TTS: %1 Introduzca un factor de tiempo real a mano (de la pestaña Texto a voz o de &lt;code&gt;wavebench tts bench&lt;/code&gt;).</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="339"/>
        <source>Measuring this machine&apos;s TTS speed</source>
        <translation>Midiendo la velocidad de TTS de este equipo</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="342"/>
        <source>Speaking a sentence with FastSpeech 2 and Griffin-Lim…</source>
        <translation>Pronunciando una frase con FastSpeech 2 y Griffin-Lim…</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="355"/>
        <source>Measured here: %1 s of speech in %2 s, a real-time factor of %3.</source>
        <translation>Medido aquí: %1 s de voz en %2 s, un factor de tiempo real de %3.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="361"/>
        <source>TTS real-time factor on this machine: %1</source>
        <translation>Factor de tiempo real de TTS en este equipo: %1</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="372"/>
        <source>The TTS speed could not be measured: %1</source>
        <translation>No se pudo medir la velocidad de TTS: %1</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="395"/>
        <source>Course &amp;defaults</source>
        <translation>&amp;Valores del curso</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="396"/>
        <source>Back to the course&apos;s case: 10 analysts, $500,000 a year, against $60,000 of AI.</source>
        <translation>Volver al caso del curso: 10 analistas, $500.000 al año, frente a $60.000 de IA.</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="398"/>
        <source>&amp;Save scenario…</source>
        <translation>&amp;Guardar escenario…</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="399"/>
        <source>&amp;Load scenario…</source>
        <translation>&amp;Cargar escenario…</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="400"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="401"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="402"/>
        <source>Traditional QA</source>
        <translation>QA tradicional</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="402"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="402"/>
        <source>Savings</source>
        <translation>Ahorro</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="402"/>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location filename="../widgets/RoiPanel.cpp" line="403"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
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
    <name>wb::SpeakerMapView</name>
    <message>
        <location filename="../widgets/SpeakerMapView.cpp" line="68"/>
        <source>%1 (unseen)</source>
        <translation>%1 (no vista)</translation>
    </message>
    <message>
        <location filename="../widgets/SpeakerMapView.cpp" line="192"/>
        <source>principal component 1
(the two axes keep %1% of the variance)</source>
        <translation>componente principal 1
(los dos ejes conservan el %1% de la varianza)</translation>
    </message>
    <message>
        <location filename="../widgets/SpeakerMapView.cpp" line="194"/>
        <source>principal component 1</source>
        <translation>componente principal 1</translation>
    </message>
    <message>
        <location filename="../widgets/SpeakerMapView.cpp" line="195"/>
        <source>principal component 2</source>
        <translation>componente principal 2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SpeakerMapView.cpp" line="197"/>
        <source>%n voice(s) heard in training</source>
        <translation>
            <numerusform>%n voz oída en el entrenamiento</numerusform>
            <numerusform>%n voces oídas en el entrenamiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SpeakerMapView.cpp" line="199"/>
        <source>%n unseen voice(s)</source>
        <translation>
            <numerusform>%n voz no oída</numerusform>
            <numerusform>%n voces no oídas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/SpeakerMapView.cpp" line="201"/>
        <source>your reference</source>
        <translation>tu referencia</translation>
    </message>
    <message>
        <location filename="../widgets/SpeakerMapView.cpp" line="203"/>
        <source>the clone</source>
        <translation>el clon</translation>
    </message>
    <message>
        <location filename="../widgets/SpeakerMapView.cpp" line="213"/>
        <source>No speaker map loaded</source>
        <translation>No hay mapa de hablantes cargado</translation>
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
    <name>wb::TrainClassifierPage</name>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="74"/>
        <source>Rename class</source>
        <translation>Renombrar clase</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="74"/>
        <source>Class name:</source>
        <translation>Nombre de la clase:</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="83"/>
        <source>Add example files</source>
        <translation>Añadir archivos de ejemplo</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="83"/>
        <source>Audio files (*.wav *.flac *.ogg *.aiff *.aif *.mp3);;All files (*)</source>
        <translation>Archivos de audio (*.wav *.flac *.ogg *.aiff *.aif *.mp3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="91"/>
        <source>Open a classifier project</source>
        <translation>Abrir un proyecto de clasificador</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="96"/>
        <source>Save the project as a folder</source>
        <translation>Guardar el proyecto como carpeta</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="105"/>
        <source>Recording failed.</source>
        <translation>La grabación falló.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="115"/>
        <source>Listening stopped.</source>
        <translation>Se dejó de escuchar.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="118"/>
        <source>Class 1</source>
        <translation>Clase 1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="119"/>
        <source>Class 2</source>
        <translation>Clase 2</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="207"/>
        <source>Heard: %1 (%2%)</source>
        <translation>Oído: %1 (%2%)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/TrainClassifierPage.cpp" line="219"/>
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>No se pudo leer %n archivo.</numerusform>
            <numerusform>No se pudieron leer %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="247"/>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="250"/>
        <source>Saved the project to %1.</source>
        <translation>Proyecto guardado en %1.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="260"/>
        <location filename="../widgets/TrainClassifierPage.cpp" line="261"/>
        <source>Training failed.</source>
        <translation>El entrenamiento falló.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="264"/>
        <source>Could not classify.</source>
        <translation>No se pudo clasificar.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="267"/>
        <source>Could not add the files.</source>
        <translation>No se pudieron añadir los archivos.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="270"/>
        <source>The project could not be saved or opened.</source>
        <translation>No se pudo guardar ni abrir el proyecto.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="281"/>
        <source>Training cancelled; the model in use is unchanged.</source>
        <translation>Entrenamiento cancelado; el modelo en uso no cambia.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierExamples.cpp" line="22"/>
        <source>Class %1</source>
        <translation>Clase %1</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierExamples.cpp" line="54"/>
        <source>The example was not added.</source>
        <translation>No se añadió el ejemplo.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierExamples.cpp" line="67"/>
        <source>Reading example files</source>
        <translation>Leyendo archivos de ejemplo</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierExamples.cpp" line="96"/>
        <source>Get ready: recording in %1…</source>
        <translation>Prepárese: se graba en %1…</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierExamples.cpp" line="102"/>
        <source>Recording one second: make the sound now!</source>
        <translation>Grabando un segundo: ¡haga el sonido ahora!</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierExamples.cpp" line="114"/>
        <source>Added an example to “%1”.</source>
        <translation>Se añadió un ejemplo a «%1».</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="298"/>
        <source>Not ready to train.</source>
        <translation>Aún no se puede entrenar.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="299"/>
        <source>Every class needs at least one example, and there must be two classes or more.</source>
        <translation>Cada clase necesita al menos un ejemplo, y debe haber dos clases o más.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="310"/>
        <source>Training the classifier</source>
        <translation>Entrenando el clasificador</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/TrainClassifierPage.cpp" line="312"/>
        <source>Training on %n example(s)…</source>
        <translation>
            <numerusform>Entrenando con %n ejemplo…</numerusform>
            <numerusform>Entrenando con %n ejemplos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="336"/>
        <source>Epoch %1 of at most %2: validation accuracy %3%, loss %4</source>
        <translation>Época %1 de %2 como máximo: exactitud de validación %3%, pérdida %4</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="341"/>
        <source>Epoch %1 of at most %2: training accuracy %3%, loss %4</source>
        <translation>Época %1 de %2 como máximo: exactitud de entrenamiento %3%, pérdida %4</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="361"/>
        <source>Trained in %1 s: %2 epochs, keeping epoch %3%4. Now press Listen.</source>
        <translation>Entrenado en %1 s: %2 épocas, se conserva la época %3%4. Ahora pulse Escuchar.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="365"/>
        <source> (stopped early: validation loss no longer fell)</source>
        <translation> (parada temprana: la pérdida de validación ya no bajaba)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="373"/>
        <source>Measured on the training examples themselves (too few to hold some out): expect less on new sounds.</source>
        <translation>Medido con los propios ejemplos de entrenamiento (demasiado pocos para apartar algunos): espere menos con sonidos nuevos.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="375"/>
        <source>Measured on examples held out of training (%1 per cent of each class).</source>
        <translation>Medido con ejemplos apartados del entrenamiento (el %1 por ciento de cada clase).</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="386"/>
        <source>Nothing to listen with yet.</source>
        <translation>Todavía no hay con qué escuchar.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="386"/>
        <source>Train the classifier first.</source>
        <translation>Entrene antes el clasificador.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="400"/>
        <source>Classifying live input</source>
        <translation>Clasificando la entrada en vivo</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierExamples.cpp" line="125"/>
        <source>Saving the project</source>
        <translation>Guardando el proyecto</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierExamples.cpp" line="137"/>
        <source>Opening the project</source>
        <translation>Abriendo el proyecto</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/TrainClassifierExamples.cpp" line="159"/>
        <source>%1 — %n example(s)</source>
        <translation>
            <numerusform>%1 — %n ejemplo</numerusform>
            <numerusform>%1 — %n ejemplos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="436"/>
        <source>Teach the computer your own sounds: name a class per kind of sound, give each a handful of one-second examples (record them or add files), train, check the confusion matrix, then listen live. Eight or more examples per class work best.</source>
        <translation>Enseñe al ordenador sus propios sonidos: cree una clase por tipo de sonido, dé a cada una unos cuantos ejemplos de un segundo (grábelos o añada archivos), entrene, revise la matriz de confusión y escuche en vivo. Lo mejor son ocho ejemplos o más por clase.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="439"/>
        <source>&lt;b&gt;Classes and examples&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clases y ejemplos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="440"/>
        <source>Add class</source>
        <translation>Añadir clase</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="441"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="442"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="443"/>
        <source>Record example (1 s)</source>
        <translation>Grabar ejemplo (1 s)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="444"/>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="445"/>
        <source>Open project…</source>
        <translation>Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="446"/>
        <source>Save project…</source>
        <translation>Guardar proyecto…</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="447"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="448"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="449"/>
        <source>Stop listening</source>
        <translation>Dejar de escuchar</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="449"/>
        <source>Listen live</source>
        <translation>Escuchar en vivo</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="450"/>
        <source>&lt;b&gt;How it did&lt;/b&gt;: rows are the true class, columns what the model said.</source>
        <translation>&lt;b&gt;Cómo le fue&lt;/b&gt;: las filas son la clase verdadera, las columnas lo que dijo el modelo.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="452"/>
        <source>Add examples to every class, then press Train.</source>
        <translation>Añada ejemplos a cada clase y pulse Entrenar.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainClassifierPage.cpp" line="454"/>
        <source>Pick a class, then record or add files.</source>
        <translation>Elija una clase y luego grabe o añada archivos.</translation>
    </message>
</context>
<context>
    <name>wb::TrainingCurves</name>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="124"/>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="125"/>
        <source>val. loss</source>
        <translation>pérdida val.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="127"/>
        <source>val. accuracy</source>
        <translation>exactitud val.</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="128"/>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="129"/>
        <source>loss (nats)</source>
        <translation>pérdida (nats)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="126"/>
        <location filename="../widgets/TrainingCurves.cpp" line="130"/>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
</context>
<context>
    <name>wb::TtsCompareDialog</name>
    <message>
        <location filename="../widgets/TtsCompareDialog.cpp" line="61"/>
        <source>Compare acoustic models</source>
        <translation>Comparar modelos acústicos</translation>
    </message>
    <message>
        <location filename="../widgets/TtsCompareDialog.cpp" line="62"/>
        <source>FastSpeech 2 — every frame at once</source>
        <translation>FastSpeech 2 — todas las tramas a la vez</translation>
    </message>
    <message>
        <location filename="../widgets/TtsCompareDialog.cpp" line="63"/>
        <source>Tacotron 2 — one decoder step after another</source>
        <translation>Tacotron 2 — un paso del decodificador tras otro</translation>
    </message>
    <message>
        <location filename="../widgets/TtsCompareDialog.cpp" line="65"/>
        <source>Both models speak the same text; their stages appear here.</source>
        <translation>Los dos modelos dicen el mismo texto; sus etapas aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsCompareDialog.cpp" line="73"/>
        <source>&lt;b&gt;Same text, two acoustic models.&lt;/b&gt; FastSpeech 2 took %1 ms for %2 s of speech; Tacotron 2 took %3 ms for %4 s over %5 decoder steps. Per second of speech, FastSpeech 2&apos;s acoustic model was &lt;b&gt;%6× faster&lt;/b&gt; here (the course quotes about 50× on a GPU, where FastSpeech&apos;s parallel frames gain most). The vocoder is the same Griffin-Lim for both.</source>
        <translation>&lt;b&gt;El mismo texto, dos modelos acústicos.&lt;/b&gt; FastSpeech 2 tardó %1 ms para %2 s de voz; Tacotron 2 tardó %3 ms para %4 s en %5 pasos del decodificador. Por segundo de voz, el modelo acústico de FastSpeech 2 fue aquí &lt;b&gt;%6× más rápido&lt;/b&gt; (el curso habla de unas 50× en una GPU, donde las tramas en paralelo de FastSpeech ganan más). El vocoder es el mismo Griffin-Lim para los dos.</translation>
    </message>
</context>
<context>
    <name>wb::TtsControlsBar</name>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="222"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="223"/>
        <source>The acoustic model: text symbols in, mel-spectrogram out</source>
        <translation>El modelo acústico: entran símbolos del texto, sale un espectrograma mel</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="225"/>
        <source>Non-autoregressive: every frame at once, from predicted durations</source>
        <translation>No autorregresivo: todas las tramas a la vez, a partir de las duraciones predichas</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="231"/>
        <source>&amp;Vocoder:</source>
        <translation>&amp;Vocoder:</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="228"/>
        <source>Autoregressive: one step of frames at a time, steered by attention (no pitch control)</source>
        <translation>Autorregresivo: un paso de tramas cada vez, guiado por la atención (sin control de tono)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="232"/>
        <source>Turns the mel-spectrogram into a waveform</source>
        <translation>Convierte el espectrograma mel en una forma de onda</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="235"/>
        <source>Estimates the missing phase by iterating STFTs: no training, robotic sound</source>
        <translation>Estima la fase que falta iterando STFT: sin entrenamiento, sonido robótico</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="238"/>
        <source>No WaveNet vocoder is loaded yet</source>
        <translation>Aún no hay ningún vocoder WaveNet cargado</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="240"/>
        <source>A neural network that draws every sample from the mel: learns the phase, one sample at a time (the fast cached generator)</source>
        <translation>Una red neuronal que genera cada muestra a partir del mel: aprende la fase, muestra a muestra (con el generador rápido con caché)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="244"/>
        <source>Source-filter (MLSA)</source>
        <translation>Fuente-filtro (MLSA)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="246"/>
        <source>How flite&apos;s own voices speak: a pulse train at the pitch (or noise) through a filter shaped like the mel&apos;s spectral envelope (mel-cepstrum, MLSA filter). No training, buzzy but clear</source>
        <translation>Como hablan las propias voces de flite: un tren de pulsos a la altura tonal (o ruido) a través de un filtro con la forma de la envolvente espectral del mel (mel-cepstrum, filtro MLSA). Sin entrenamiento, zumbante pero claro</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="250"/>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iteraciones:</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="252"/>
        <source>Griffin-Lim iterations: more of them sound cleaner and take longer</source>
        <translation>Iteraciones de Griffin-Lim: con más suena más limpio y tarda más</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="253"/>
        <source>&amp;Speed:</source>
        <translation>V&amp;elocidad:</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="254"/>
        <source>Divides every predicted duration: 2 speaks twice as fast</source>
        <translation>Divide cada duración predicha: 2 habla el doble de rápido</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="257"/>
        <source>&amp;Pitch:</source>
        <translation>&amp;Tono:</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="258"/>
        <source> st</source>
        <translation> st</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="259"/>
        <source>Shifts every predicted pitch by semitones: 12 is an octave up</source>
        <translation>Desplaza cada tono predicho en semitonos: 12 es una octava más arriba</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="262"/>
        <source>&amp;Energy:</source>
        <translation>E&amp;nergía:</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="264"/>
        <source>Multiplies every predicted loudness</source>
        <translation>Multiplica cada intensidad predicha</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="267"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location filename="../widgets/TtsControlsBar.cpp" line="268"/>
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
        <source>&lt;b&gt;Vocoder&lt;/b&gt;: turns the mel-spectrogram into a waveform. Griffin-Lim guesses the phase the mel leaves out, which is why it sounds metallic; a neural vocoder such as WaveNet learns it. The source-filter vocoder is the older way, and how flite&apos;s own voices speak: a buzz at the pitch (or a hiss for unvoiced sounds) passed through a filter shaped like the mel&apos;s spectral envelope (a mel-cepstrum driving an MLSA filter).</source>
        <translation>&lt;b&gt;Vocoder&lt;/b&gt;: convierte el espectrograma mel en una forma de onda. Griffin-Lim adivina la fase que el mel omite, y por eso suena metálico; un vocoder neuronal como WaveNet la aprende. El vocoder fuente-filtro es la vía más antigua, y la forma en que hablan las propias voces de flite: un zumbido a la altura tonal (o un siseo en los sonidos sordos) que pasa por un filtro con la forma de la envolvente espectral del mel (un mel-cepstrum que controla un filtro MLSA).</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="29"/>
        <source>Why FastSpeech 2 is fast</source>
        <translation>Por qué FastSpeech 2 es rápido</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="30"/>
        <source>Tacotron 2 is autoregressive: it makes one mel frame at a time, each from the ones before, and finds its place in the text by attention, so a sentence takes hundreds of steps in a row and can skip or repeat words.</source>
        <translation>Tacotron 2 es autorregresivo: genera una trama mel cada vez, cada una a partir de las anteriores, y encuentra su sitio en el texto mediante atención, así que una frase exige cientos de pasos seguidos y puede saltarse o repetir palabras.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="36"/>
        <source>FastSpeech 2 is non-autoregressive: its duration predictor says how many frames each phoneme gets, every phoneme is repeated that many times, and the decoder computes all the frames at once, in parallel. Duration, pitch and energy are explicit numbers, which is what the speed, pitch and energy controls change.</source>
        <translation>FastSpeech 2 no es autorregresivo: su predictor de duración dice cuántas tramas recibe cada fonema, cada fonema se repite ese número de veces y el decodificador calcula todas las tramas a la vez, en paralelo. La duración, el tono y la energía son números explícitos, y eso es lo que cambian los controles de velocidad, tono y energía.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="44"/>
        <source>Where cloud TTS services fit</source>
        <translation>Dónde encajan los servicios de TTS en la nube</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="46"/>
        <source>Commercial text-to-speech services run this same pipeline with far larger models, trained on many hours of studio recordings per voice, and neural vocoders, and sell it as a paid API: send text, receive audio.</source>
        <translation>Los servicios comerciales de texto a voz ejecutan esta misma cadena con modelos mucho mayores, entrenados con muchas horas de grabaciones de estudio por voz, y con vocoders neuronales, y la venden como una API de pago: envías texto y recibes audio.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="52"/>
        <source>They win on quality, voices and languages. They cost money per character, add network latency, see every text you send (privacy), and need a connection. A small local model like this one is free, private and works offline, but sounds far more robotic.</source>
        <translation>Ganan en calidad, voces e idiomas. Cuestan dinero por carácter, añaden la latencia de la red, ven todo texto que envías (privacidad) y necesitan conexión. Un modelo local pequeño como este es gratuito, privado y funciona sin conexión, pero suena mucho más robótico.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="58"/>
        <source>Try it</source>
        <translation>Pruébalo</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="59"/>
        <source>Set the speed to 2: every bar gets half as wide, and so does the spectrogram.</source>
        <translation>Pon la velocidad a 2: cada barra se queda a la mitad de ancho, y el espectrograma también.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="61"/>
        <source>Shift the pitch by +12 semitones: the pitch curve doubles, the harmonics spread apart.</source>
        <translation>Sube el tono +12 semitonos: la curva de tono se duplica y los armónicos se separan.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="64"/>
        <source>Write a date, a price or a time, and look at the normalized text.</source>
        <translation>Escribe una fecha, un precio o una hora, y mira el texto normalizado.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="66"/>
        <source>Try 1 Griffin-Lim iteration, then 100: what changes in the sound and in the vocoder time?</source>
        <translation>Prueba 1 iteración de Griffin-Lim y luego 100: ¿qué cambia en el sonido y en el tiempo del vocoder?</translation>
    </message>
    <message>
        <location filename="../widgets/TtsExplainer.cpp" line="69"/>
        <source>Speak the same sentence with Griffin-Lim and with the source-filter vocoder: which is buzzy, which is metallic, and which can you understand better?</source>
        <translation>Di la misma frase con Griffin-Lim y con el vocoder fuente-filtro: ¿cuál zumba, cuál suena metálico y cuál se entiende mejor?</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="84"/>
        <source>Hello! Welcome to WaveBench, where text becomes speech in 3 quick steps.</source>
        <extracomment>The example the tab opens with. The model speaks English only: keep this sentence in English.</extracomment>
        <translation>Hello! Welcome to WaveBench, where text becomes speech in 3 quick steps.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="208"/>
        <source>The shipped %1 model (%2) is not there yet. Train one with &lt;code&gt;wavebench tts train&lt;/code&gt;, or pick a checkpoint with the Load model button.</source>
        <translation>El modelo %1 incluido (%2) aún no está. Entrena uno con &lt;code&gt;wavebench tts train&lt;/code&gt; o elige un punto de control con el botón Cargar modelo.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="215"/>
        <source>No text-to-speech model yet: %1</source>
        <translation>Aún no hay modelo de texto a voz: %1</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="239"/>
        <location filename="../widgets/TtsPanel.cpp" line="286"/>
        <source>Nothing to say</source>
        <translation>Nada que decir</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="240"/>
        <location filename="../widgets/TtsPanel.cpp" line="287"/>
        <source>The text box is empty: type a sentence in English first.</source>
        <translation>El cuadro de texto está vacío: escribe antes una frase en inglés.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="248"/>
        <source>The model is still loading; it will speak as soon as it is ready.</source>
        <translation>El modelo aún se está cargando; hablará en cuanto esté listo.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="252"/>
        <source>No model</source>
        <translation>No hay modelo</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/TtsPanel.cpp" line="261"/>
        <source>Speaking %n character(s)</source>
        <translation>
            <numerusform>Hablando %n carácter</numerusform>
            <numerusform>Hablando %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="294"/>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="299"/>
        <source>Comparing FastSpeech 2 and Tacotron 2</source>
        <translation>Comparando FastSpeech 2 y Tacotron 2</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="357"/>
        <source>Text-to-speech model loaded: %1</source>
        <translation>Modelo de texto a voz cargado: %1</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="382"/>
        <source>FastSpeech 2&apos;s acoustic model was %1× faster than Tacotron 2&apos;s.</source>
        <translation>El modelo acústico de FastSpeech 2 fue %1× más rápido que el de Tacotron 2.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="392"/>
        <source>Spoke %1 s of audio in %2 ms.</source>
        <translation>Se generaron %1 s de audio en %2 ms.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="405"/>
        <source>Cannot load the checkpoint</source>
        <translation>No se puede cargar el punto de control</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="408"/>
        <source>The model in use is unchanged.</source>
        <translation>El modelo en uso no cambia.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="461"/>
        <source>Load Text-to-Speech Checkpoint</source>
        <translation>Cargar punto de control de texto a voz</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="227"/>
        <source>Loading a text-to-speech checkpoint</source>
        <translation>Cargando un punto de control de texto a voz</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="254"/>
        <source>No text-to-speech model is loaded: pick a FastSpeech 2 or Tacotron 2 checkpoint with the Load model button.</source>
        <translation>No hay ningún modelo de texto a voz cargado: elige un punto de control de FastSpeech 2 o Tacotron 2 con el botón Cargar modelo.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="269"/>
        <source>Waiting for the model job already running (training or generating in another tab) to finish; Cancel stops waiting.</source>
        <translation>Esperando a que termine el trabajo de modelo en curso (un entrenamiento o una generación en otra pestaña); Cancelar deja de esperar.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="350"/>
        <source>No WaveNet vocoder: %1</source>
        <translation>No hay vocoder WaveNet: %1</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="409"/>
        <source>Pick another one with the Load model button.</source>
        <translation>Elige otro con el botón Cargar modelo.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="416"/>
        <source>Cannot speak this text</source>
        <translation>No se puede decir este texto</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="431"/>
        <source>Cancelled: the stages still show the previous result.</source>
        <translation>Cancelado: las etapas siguen mostrando el resultado anterior.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="433"/>
        <source>Speech cancelled.</source>
        <translation>Síntesis cancelada.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="462"/>
        <source>Safetensors checkpoints (*.safetensors);;All files (*)</source>
        <translation>Puntos de control safetensors (*.safetensors);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="474"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="477"/>
        <source>In use: %1 — %2 parameters</source>
        <translation>En uso: %1 — %2 parámetros</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="480"/>
        <source>, trained %1 steps</source>
        <translation>, entrenado %1 pasos</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="483"/>
        <source>No model loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="518"/>
        <source>English text: numbers, dates, times and money are spelled out before the phonemes (Ctrl+Return speaks)</source>
        <translation>Texto en inglés: los números, fechas, horas y cantidades de dinero se escriben en letra antes de los fonemas (Ctrl+Intro habla)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="520"/>
        <source>Type a sentence in English…</source>
        <translation>Escribe una frase en inglés…</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="521"/>
        <source>Speak</source>
        <translation>Hablar</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="522"/>
        <source>Synthesize the text (Ctrl+Return)</source>
        <translation>Sintetizar el texto (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="523"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="524"/>
        <source>Load model…</source>
        <translation>Cargar modelo…</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="525"/>
        <source>Compare models…</source>
        <translation>Comparar modelos…</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="527"/>
        <source>Speak the text with FastSpeech 2 and Tacotron 2 and show both side by side</source>
        <translation>Decir el texto con FastSpeech 2 y con Tacotron 2 y mostrar los dos lado a lado</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="528"/>
        <source>Load a FastSpeech 2 or Tacotron 2 checkpoint (.safetensors)</source>
        <translation>Cargar un punto de control de FastSpeech 2 o Tacotron 2 (.safetensors)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="529"/>
        <source>Train…</source>
        <translation>Entrenar…</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPanel.cpp" line="530"/>
        <source>Train a FastSpeech 2 or Tacotron 2 model on a corpus, with a live loss chart</source>
        <translation>Entrenar un modelo FastSpeech 2 o Tacotron 2 con un corpus, con la gráfica de la pérdida en vivo</translation>
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
        <location filename="../widgets/TtsPipelineView.cpp" line="232"/>
        <source>Nothing spoken yet: press Speak first.</source>
        <translation>Aún no se ha dicho nada: pulsa antes Hablar.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="249"/>
        <source>Save Speech</source>
        <translation>Guardar voz</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="249"/>
        <source>WAV audio (*.wav)</source>
        <translation>Audio WAV (*.wav)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="254"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="256"/>
        <source>Cannot save the audio</source>
        <translation>No se puede guardar el audio</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="265"/>
        <source>Press Speak: each stage of the pipeline fills in here, from the text to the sound.</source>
        <translation>Pulsa Hablar: cada etapa de la cadena se rellena aquí, del texto al sonido.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="275"/>
        <source>%1 sentences, spoken one at a time; the stages show the last one, the waveform all of them: %2</source>
        <translation>%1 frases, dichas de una en una; las etapas muestran la última y la forma de onda todas: %2</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="284"/>
        <source>%1× faster than real time</source>
        <translation>%1× más rápido que el tiempo real</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="285"/>
        <source>%1× slower than real time</source>
        <translation>%1× más lento que el tiempo real</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="287"/>
        <source>Front-end %1 ms · acoustic model %2 ms · vocoder %3 ms · total %4 ms for %5 s of audio: real-time factor %6 (%7)</source>
        <translation>Front-end %1 ms · modelo acústico %2 ms · vocoder %3 ms · total %4 ms para %5 s de audio: factor de tiempo real %6 (%7)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="303"/>
        <source>1 · Text</source>
        <translation>1 · Texto</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="303"/>
        <source>normalized</source>
        <translation>normalizado</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="304"/>
        <location filename="../widgets/TtsPipelineView.cpp" line="319"/>
        <source>2 · Phonemes</source>
        <translation>2 · Fonemas</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="304"/>
        <source>bar width = duration</source>
        <translation>ancho de barra = duración</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="306"/>
        <source>3 · Attention</source>
        <translation>3 · Atención</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="306"/>
        <source>Tacotron 2 alignment</source>
        <translation>alineamiento de Tacotron 2</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="307"/>
        <location filename="../widgets/TtsPipelineView.cpp" line="319"/>
        <source>3 · Pitch, energy</source>
        <translation>3 · Tono, energía</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="309"/>
        <source>per phoneme; dots: the F0 the source-filter vocoder used</source>
        <translation>por fonema; puntos: la F0 que usó el vocoder fuente-filtro</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="310"/>
        <source>per phoneme</source>
        <translation>por fonema</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="311"/>
        <location filename="../widgets/TtsPipelineView.cpp" line="319"/>
        <source>4 · Mel-spectrogram</source>
        <translation>4 · Espectrograma mel</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="311"/>
        <source>acoustic model output</source>
        <translation>salida del modelo acústico</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="312"/>
        <source>5 · Audio</source>
        <translation>5 · Audio</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="312"/>
        <source>vocoder output</source>
        <translation>salida del vocoder</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="313"/>
        <source>6 · Timings</source>
        <translation>6 · Tiempos</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="323"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="323"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="324"/>
        <source>Save WAV…</source>
        <translation>Guardar WAV…</translation>
    </message>
    <message>
        <location filename="../widgets/TtsPipelineView.cpp" line="325"/>
        <source>Save the speech as a 16-bit WAV file</source>
        <translation>Guardar la voz como archivo WAV de 16 bits</translation>
    </message>
</context>
<context>
    <name>wb::TtsTrainDialog</name>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="170"/>
        <location filename="../widgets/TtsTrainDialog.cpp" line="193"/>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/TtsTrainDialog.cpp" line="175"/>
        <source>flite&apos;s slt voice is reading %n sentence(s)…</source>
        <translation>
            <numerusform>La voz slt de flite está leyendo %n frase…</numerusform>
            <numerusform>La voz slt de flite está leyendo %n frases…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="176"/>
        <source>Making a practice corpus</source>
        <translation>Creando un corpus de práctica</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="187"/>
        <source>&lt;b&gt;No corpus there.&lt;/b&gt; Pick a folder made by &lt;code&gt;wavebench corpus build&lt;/code&gt;, or make a practice corpus first.</source>
        <translation>&lt;b&gt;Ahí no hay ningún corpus.&lt;/b&gt; Elige una carpeta creada con &lt;code&gt;wavebench corpus build&lt;/code&gt; o crea antes un corpus de práctica.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="214"/>
        <source>Reading the corpus and computing its features…</source>
        <translation>Leyendo el corpus y calculando sus características…</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="215"/>
        <source>Training %1</source>
        <translation>Entrenando %1</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="251"/>
        <source>Step %1 of %2 on %3 utterances: mel loss %4</source>
        <translation>Paso %1 de %2 con %3 frases: pérdida mel %4</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="266"/>
        <source>Practice corpus ready: %1. Now press Train.</source>
        <translation>Corpus de práctica listo: %1. Ahora pulsa Entrenar.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="271"/>
        <source>Trained: %1. Press “Use this model” to hear it in the tab.</source>
        <translation>Entrenado: %1. Pulsa «Usar este modelo» para oírlo en la pestaña.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="273"/>
        <source>Text-to-speech model trained: %1</source>
        <translation>Modelo de texto a voz entrenado: %1</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="282"/>
        <source>&lt;b&gt;That did not work.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No ha funcionado.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="291"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="304"/>
        <source>Corpus Folder</source>
        <translation>Carpeta del corpus</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="313"/>
        <source>Save Trained Model</source>
        <translation>Guardar el modelo entrenado</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="314"/>
        <source>Safetensors checkpoints (*.safetensors)</source>
        <translation>Puntos de control safetensors (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="321"/>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="323"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="353"/>
        <source>Train a Text-to-Speech Model</source>
        <translation>Entrenar un modelo de texto a voz</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="354"/>
        <source>Train an acoustic model on a speech corpus and watch its loss fall. A tiny model learns to babble in a few minutes on a laptop; the shipped size needs an hour or more (README.md). The blue line is the mel loss (L1 on the normalized log-mel) on the batch of every step, the orange dots the same loss on sentences held out of training: when they part, the model is memorizing.</source>
        <translation>Entrena un modelo acústico con un corpus de voz y mira cómo baja su pérdida. Un modelo diminuto aprende a balbucear en pocos minutos en un portátil; el tamaño incluido necesita una hora o más (README.md). La línea azul es la pérdida mel (L1 sobre el log-mel normalizado) del lote de cada paso; los puntos naranjas, la misma pérdida en frases apartadas del entrenamiento: cuando se separan, el modelo está memorizando.</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="359"/>
        <source>&amp;Corpus:</source>
        <translation>&amp;Corpus:</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="361"/>
        <source>A folder made by wavebench corpus build</source>
        <translation>Una carpeta creada con wavebench corpus build</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="362"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="363"/>
        <source>Make a practice corpus</source>
        <translation>Crear un corpus de práctica</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="364"/>
        <source>flite&apos;s slt voice reads this many sentences into a new corpus folder</source>
        <translation>La voz slt de flite lee este número de frases en una carpeta de corpus nueva</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="365"/>
        <source> sentences</source>
        <translation> frases</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="366"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="368"/>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="370"/>
        <source>Tiny (for a live demo)</source>
        <translation>Diminuto (para una demostración en vivo)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="371"/>
        <source>As shipped</source>
        <translation>Como el incluido</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="372"/>
        <source>S&amp;teps:</source>
        <translation>&amp;Pasos:</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="374"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="375"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="376"/>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="377"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="378"/>
        <source>training mel loss</source>
        <translation>pérdida mel de entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="379"/>
        <source>held-out mel loss</source>
        <translation>pérdida mel apartada</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="380"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location filename="../widgets/TtsTrainDialog.cpp" line="381"/>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
</context>
<context>
    <name>wb::TtsVarianceView</name>
    <message>
        <location filename="../widgets/TtsVarianceView.cpp" line="183"/>
        <source>Pitch (Hz)</source>
        <translation>Tono (Hz)</translation>
    </message>
    <message>
        <location filename="../widgets/TtsVarianceView.cpp" line="183"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/TtsVarianceView.cpp" line="184"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
</context>
<context>
    <name>wb::VoiceCloningPanel</name>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="66"/>
        <source>Loading the voice cloning models</source>
        <translation>Cargando los modelos de clonación de voz</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="75"/>
        <location filename="../widgets/VoiceCloningActions.cpp" line="93"/>
        <source>Load a speaker encoder before adding a reference.</source>
        <translation>Carga un codificador de hablantes antes de añadir una referencia.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="79"/>
        <location filename="../widgets/VoiceCloningActions.cpp" line="97"/>
        <source>Embedding the reference voice</source>
        <translation>Calculando el embedding de la voz de referencia</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="99"/>
        <source>Recording %1</source>
        <translation>Grabación %1</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="121"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="122"/>
        <source>What “%1” says, word for word. Adaptation fine-tunes the model on it; leave it empty if you do not know.</source>
        <translation>Lo que dice «%1», palabra por palabra. La adaptación ajusta el modelo con ello; déjalo vacío si no lo sabes.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="170"/>
        <source>There is no such reference.</source>
        <translation>No existe esa referencia.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="174"/>
        <source>A reference is saved only with the speaker&apos;s consent.</source>
        <translation>Una referencia solo se guarda con el consentimiento de quien habla.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="191"/>
        <source>The audio was saved but its transcript could not be written: %1</source>
        <translation>El audio se guardó, pero su transcripción no pudo escribirse: %1</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="200"/>
        <source>The audio was saved but its consent record could not be written: %1</source>
        <translation>El audio se guardó, pero no se pudo escribir su registro de consentimiento: %1</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="216"/>
        <source>Type a sentence for the cloned voice to say.</source>
        <translation>Escribe una frase para que la diga la voz clonada.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="235"/>
        <source>Cloning a voice</source>
        <translation>Clonando una voz</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="235"/>
        <source>Adapting to the voice and cloning</source>
        <translation>Adaptando a la voz y clonando</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="252"/>
        <location filename="../widgets/VoiceCloningActions.cpp" line="261"/>
        <source>Looking for the watermark</source>
        <translation>Buscando la marca de agua</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="277"/>
        <source>Added “%1” as a reference.</source>
        <translation>Se añadió «%1» como referencia.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="299"/>
        <source>The models could not be loaded: %1</source>
        <translation>No se pudieron cargar los modelos: %1</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="303"/>
        <source>The reference was not added: %1</source>
        <translation>No se añadió la referencia: %1</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="304"/>
        <source>The reference was not added.</source>
        <translation>No se añadió la referencia.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="309"/>
        <source>Cloning failed: %1</source>
        <translation>La clonación falló: %1</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="312"/>
        <source>The watermark could not be checked: %1</source>
        <translation>No se pudo comprobar la marca de agua: %1</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="324"/>
        <source>Cloning cancelled</source>
        <translation>Clonación cancelada</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="345"/>
        <source>Load a Speaker Encoder</source>
        <translation>Cargar un codificador de hablantes</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="345"/>
        <source>Load a Speaker Map</source>
        <translation>Cargar un mapa de hablantes</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="346"/>
        <source>Load a Multi-speaker Model</source>
        <translation>Cargar un modelo multihablante</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="348"/>
        <source>Safetensors files (*.safetensors)</source>
        <translation>Archivos safetensors (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="358"/>
        <source>Check a File for the Watermark</source>
        <translation>Buscar la marca de agua en un archivo</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="359"/>
        <source>Audio files (*.wav *.flac *.ogg *.aiff *.aif *.mp3)</source>
        <translation>Archivos de audio (*.wav *.flac *.ogg *.aiff *.aif *.mp3)</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="366"/>
        <source>Save the Reference</source>
        <translation>Guardar la referencia</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="367"/>
        <source>WAV audio (*.wav)</source>
        <translation>Audio WAV (*.wav)</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningActions.cpp" line="372"/>
        <source>Saved %1 and its consent record</source>
        <translation>Guardados %1 y su registro de consentimiento</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="154"/>
        <source>This is not really me speaking: it is a cloned voice, made with consent.</source>
        <extracomment>The sentence the Voice Cloning tab opens with. The model speaks English only: keep it in English.</extracomment>
        <translation>This is not really me speaking: it is a cloned voice, made with consent.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="225"/>
        <source>Recording failed: %1</source>
        <translation>La grabación falló: %1</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="296"/>
        <source>Clone needs consent first: name the speaker and tick that they agree.</source>
        <translation>Clonar necesita antes el consentimiento: escribe el nombre de quien habla y marca que acepta.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="298"/>
        <source>Clone needs a reference voice: record one or load a file.</source>
        <translation>Clonar necesita una voz de referencia: graba una o carga un archivo.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="300"/>
        <source>Clone needs a speaker encoder and a multi-speaker model (see “Models” on the left).</source>
        <translation>Clonar necesita un codificador de hablantes y un modelo multihablante (mira «Modelos» a la izquierda).</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="302"/>
        <source>Cloning…</source>
        <translation>Clonando…</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="313"/>
        <source>Speak the text in the reference voice (watermarked)</source>
        <translation>Decir el texto con la voz de referencia (con marca de agua)</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="317"/>
        <source>Recording needs consent first (step 1).</source>
        <translation>Grabar necesita antes el consentimiento (paso 1).</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="318"/>
        <source>Recording needs a speaker encoder.</source>
        <translation>Grabar necesita un codificador de hablantes.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="320"/>
        <source>Load a speaker encoder first.</source>
        <translation>Carga primero un codificador de hablantes.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="325"/>
        <source>Save the reference as WAV, with its consent record beside it (.consent.json)</source>
        <translation>Guardar la referencia como WAV, con su registro de consentimiento al lado (.consent.json)</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="327"/>
        <source>Saving a reference needs consent first.</source>
        <translation>Guardar una referencia necesita antes el consentimiento.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="339"/>
        <source>Loading the speaker encoder, the map and the model…</source>
        <translation>Cargando el codificador de hablantes, el mapa y el modelo…</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="340"/>
        <source>No models loaded yet.</source>
        <translation>Aún no hay modelos cargados.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/VoiceCloningPanel.cpp" line="347"/>
        <source>&lt;b&gt;Speaker encoder:&lt;/b&gt; equal error rate on %n unseen voice(s): &lt;b&gt;%1%&lt;/b&gt; (lower is better; 0% tells every pair of voices apart).</source>
        <translation>
            <numerusform>&lt;b&gt;Codificador de hablantes:&lt;/b&gt; tasa de error igual en %n voz no vista: &lt;b&gt;%1%&lt;/b&gt; (menos es mejor; 0% distingue cada par de voces).</numerusform>
            <numerusform>&lt;b&gt;Codificador de hablantes:&lt;/b&gt; tasa de error igual en %n voces no vistas: &lt;b&gt;%1%&lt;/b&gt; (menos es mejor; 0% distingue cada par de voces).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="352"/>
        <source>&lt;b&gt;Speaker encoder:&lt;/b&gt; this checkpoint records no equal error rate on unseen voices.</source>
        <translation>&lt;b&gt;Codificador de hablantes:&lt;/b&gt; este checkpoint no registra la tasa de error igual en voces no vistas.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="354"/>
        <source>&lt;b&gt;No speaker encoder:&lt;/b&gt; nothing can be embedded or cloned.</source>
        <translation>&lt;b&gt;Sin codificador de hablantes:&lt;/b&gt; no se puede calcular ningún embedding ni clonar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/VoiceCloningPanel.cpp" line="357"/>
        <source>&lt;b&gt;Clone test:&lt;/b&gt; on %1 unseen voices, with %3 refinement passes, %2% of %n clone(s) came out closest to their own voice (the rest sound nearer another unseen voice).</source>
        <translation>
            <numerusform>&lt;b&gt;Prueba de clonación:&lt;/b&gt; en %1 voces no vistas, con %3 pasadas de refinado, el %2% de %n clon salió más cerca de su propia voz (los demás suenan más cerca de otra voz no vista).</numerusform>
            <numerusform>&lt;b&gt;Prueba de clonación:&lt;/b&gt; en %1 voces no vistas, con %3 pasadas de refinado, el %2% de %n clones salió más cerca de su propia voz (los demás suenan más cerca de otra voz no vista).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/VoiceCloningPanel.cpp" line="365"/>
        <source>&lt;b&gt;Clone test:&lt;/b&gt; on %1 unseen voices, %2% of %n clone(s) came out closest to their own voice (the rest sound nearer another unseen voice).</source>
        <translation>
            <numerusform>&lt;b&gt;Prueba de clonación:&lt;/b&gt; con %1 voces no vistas, el %2% de %n clon quedó más cerca de su propia voz (el resto suena más cerca de otra voz no vista).</numerusform>
            <numerusform>&lt;b&gt;Prueba de clonación:&lt;/b&gt; con %1 voces no vistas, el %2% de %n clones quedó más cerca de su propia voz (el resto suena más cerca de otra voz no vista).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="373"/>
        <source>An independent speaker encoder (another seed and size, equal error rate %2%), which refinement never consulted, puts %1% of the same clones closest to their own voice.</source>
        <translation>Un codificador de hablantes independiente (otra semilla y otro tamaño, tasa de error igual %2%), al que el refinado nunca consultó, pone el %1% de los mismos clones más cerca de su propia voz.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="378"/>
        <source>An independent speaker encoder, which refinement never consulted, puts %1% of the same clones closest to their own voice.</source>
        <translation>Un codificador de hablantes independiente, al que el refinado nunca consultó, pone el %1% de los mismos clones más cerca de su propia voz.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="383"/>
        <source>&lt;b&gt;With adaptation&lt;/b&gt; (%1 steps on the references): %2% by the cloner&apos;s encoder, &lt;b&gt;%3%&lt;/b&gt; by the independent one.</source>
        <translation>&lt;b&gt;Con adaptación&lt;/b&gt; (%1 pasos sobre las referencias): %2% según el codificador del clonador, &lt;b&gt;%3%&lt;/b&gt; según el independiente.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="390"/>
        <source>Their own recordings, judged the same way: %1%, the most a clone can hope for with these voices and this encoder.</source>
        <translation>Sus propias grabaciones, juzgadas del mismo modo: %1%, lo máximo que un clon puede esperar con estas voces y este codificador.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="395"/>
        <source>not loaded</source>
        <translation>no cargado</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="397"/>
        <source>Encoder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="398"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="399"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="406"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="407"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="408"/>
        <source>Save reference…</source>
        <translation>Guardar referencia…</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="409"/>
        <source>Transcript…</source>
        <translation>Transcripción…</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="410"/>
        <source>What the selected reference says, word for word: adaptation fine-tunes the model on it. A recording is given the passage it asked you to read; a loaded file, the text of a .txt or .lab file of the same name.</source>
        <translation>Lo que dice la referencia seleccionada, palabra por palabra: la adaptación ajusta el modelo con ello. Una grabación recibe el pasaje que se te pidió leer; un archivo cargado, el texto de un archivo .txt o .lab con el mismo nombre.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="413"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="414"/>
        <source>Encoder…</source>
        <translation>Codificador…</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="415"/>
        <source>Load a speaker encoder checkpoint (wavebench speaker train)</source>
        <translation>Cargar un checkpoint de codificador de hablantes (wavebench speaker train)</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="416"/>
        <source>Map…</source>
        <translation>Mapa…</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="417"/>
        <source>Load a speaker map (wavebench speaker map)</source>
        <translation>Cargar un mapa de hablantes (wavebench speaker map)</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="418"/>
        <source>Model…</source>
        <translation>Modelo…</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="419"/>
        <source>Load a multi-speaker FastSpeech 2 (wavebench tts train --speaker-encoder)</source>
        <translation>Cargar un FastSpeech 2 multihablante (wavebench tts train --speaker-encoder)</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="420"/>
        <source>3. Where your voice lands</source>
        <translation>3. Dónde cae tu voz</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="421"/>
        <source>Each dot is one utterance of a known voice, placed by the first two principal components of its speaker embedding; the star is your reference, the circled cross the clone. The table ranks the known voices by cosine similarity to your reference (1 = same direction).</source>
        <translation>Cada punto es un enunciado de una voz conocida, situado por las dos primeras componentes principales de su embedding de hablante; la estrella es tu referencia y la cruz en un círculo, el clon. La tabla ordena las voces conocidas por similitud coseno con tu referencia (1 = misma dirección).</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="425"/>
        <source>4. Clone</source>
        <translation>4. Clonar</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="426"/>
        <source>Type what the cloned voice should say</source>
        <translation>Escribe lo que debe decir la voz clonada</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="427"/>
        <source>Clone</source>
        <translation>Clonar</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="428"/>
        <source>&amp;Vocoder:</source>
        <translation>&amp;Vocoder:</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="429"/>
        <source>Source-filter (MLSA)</source>
        <translation>Fuente-filtro (MLSA)</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="430"/>
        <source>Turns the predicted mel-spectrogram into sound. The clone&apos;s voice comes from the mel, so both vocoders give about the same similarity; the source-filter one is clearer, Griffin-Lim smoother</source>
        <translation>Convierte el espectrograma mel predicho en sonido. La voz del clon sale del mel, así que ambos vocoders dan más o menos la misma similitud; el de fuente-filtro es más claro y Griffin-Lim más suave</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="433"/>
        <source>&amp;Refine:</source>
        <translation>&amp;Refinar:</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="434"/>
        <source> pass(es)</source>
        <translation> pasada(s)</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="435"/>
        <source>Analysis by synthesis: after each clone, the speaker encoder hears it, and the embedding the model is conditioned on moves by the difference between your reference and the clone; the clone the encoder finds nearest your reference is kept. Each pass costs one more synthesis. Part of the gain is the clone fitting its judge: see the note on the left. 0 = condition on the reference alone, as SV2TTS does</source>
        <translation>Análisis por síntesis: tras cada clon, el codificador de hablantes lo escucha, y el embedding con el que se condiciona el modelo se mueve según la diferencia entre tu referencia y el clon; se conserva el clon que el codificador encuentra más cercano a tu referencia. Cada pasada cuesta una síntesis más. Parte de la ganancia es el clon ajustándose a su juez: mira la nota de la izquierda. 0 = condicionar solo con la referencia, como hace SV2TTS</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="441"/>
        <source>&amp;Adapt:</source>
        <translation>&amp;Adaptar:</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="442"/>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="443"/>
        <source> steps</source>
        <translation> pasos</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="444"/>
        <source>Speaker adaptation (Arik et al., 2018): before cloning, fine-tune the whole model for this many steps on your references whose words are known, aligned to the model&apos;s own reading of them by dynamic time warping. The embedding alone only places a new voice among the voices the model learned; adaptation learns yours. It takes a few seconds and is reused while the references stay the same.</source>
        <translation>Adaptación al hablante (Arik et al., 2018): antes de clonar, ajusta el modelo entero durante estos pasos con tus referencias cuyas palabras se conocen, alineadas con la lectura del propio modelo mediante alineamiento temporal dinámico (DTW). El embedding solo sitúa una voz nueva entre las voces que el modelo aprendió; la adaptación aprende la tuya. Tarda unos segundos y se reutiliza mientras las referencias no cambien.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="450"/>
        <source>Measure your references&apos; median pitch (pYIN) and shift the clone to it. The embedding steers pitch only roughly: clones of unseen voices come out about 2.5 semitones off, 0.7 with this, though both speaker encoders then rate them further from the voice</source>
        <translation>Mide la mediana del tono de tus referencias (pYIN) y desplaza el clon hasta ella. El embedding solo guía el tono a grandes rasgos: los clones de voces no vistas salen unos 2,5 semitonos desviados, 0,7 con esto, aunque entonces ambos codificadores de hablantes los valoran más lejos de la voz</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="449"/>
        <source>&amp;Match my pitch</source>
        <translation>&amp;Igualar mi tono</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="454"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="455"/>
        <source>Detect watermark</source>
        <translation>Detectar marca de agua</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="456"/>
        <source>Look for WaveBench&apos;s watermark in the clip just cloned</source>
        <translation>Buscar la marca de agua de WaveBench en el clip recién clonado</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="457"/>
        <source>Check a file…</source>
        <translation>Comprobar un archivo…</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="458"/>
        <source>Look for WaveBench&apos;s watermark in any audio file</source>
        <translation>Buscar la marca de agua de WaveBench en cualquier archivo de audio</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="460"/>
        <source>The clone&apos;s similarity to your reference appears here.</source>
        <translation>Aquí aparece la similitud del clon con tu referencia.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningPanel.cpp" line="462"/>
        <source>Every clip Clone makes carries an inaudible watermark.</source>
        <translation>Cada clip que crea Clonar lleva una marca de agua inaudible.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="53"/>
        <source>No speaker encoder: %1</source>
        <translation>Sin codificador de hablantes: %1</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="55"/>
        <source>No speaker map: %1</source>
        <translation>Sin mapa de hablantes: %1</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="57"/>
        <source>No multi-speaker model, so Clone is unavailable: %1</source>
        <translation>Sin modelo multihablante, Clonar no está disponible: %1</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="60"/>
        <source>&lt;br&gt;Train them with &lt;code&gt;wavebench speaker train&lt;/code&gt;, &lt;code&gt;wavebench speaker map&lt;/code&gt; and &lt;code&gt;wavebench tts train --speaker-encoder&lt;/code&gt;, or load files under “Models”.</source>
        <translation>&lt;br&gt;Entrénalos con &lt;code&gt;wavebench speaker train&lt;/code&gt;, &lt;code&gt;wavebench speaker map&lt;/code&gt; y &lt;code&gt;wavebench tts train --speaker-encoder&lt;/code&gt;, o carga archivos en «Modelos».</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="79"/>
        <source>%1 — %2 s of speech, pitch %3 Hz</source>
        <translation>%1 — %2 s de habla, tono %3 Hz</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="82"/>
        <source>%1 — %2 s of speech</source>
        <translation>%1 — %2 s de habla</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="85"/>
        <source> · transcript</source>
        <extracomment>Appended to a reference whose words are known (adaptation can use it)</extracomment>
        <translation> · transcripción</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="87"/>
        <source>No transcript: adaptation cannot use this reference.</source>
        <translation>Sin transcripción: la adaptación no puede usar esta referencia.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="88"/>
        <source>Says: “%1”</source>
        <translation>Dice: «%1»</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="103"/>
        <source>No reference yet.</source>
        <translation>Aún no hay referencia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/VoiceCloningViews.cpp" line="108"/>
        <source>%n reference(s), %1 s of speech in all, averaged into one voice.</source>
        <translation>
            <numerusform>%n referencia, %1 s de habla en total, promediada en una sola voz.</numerusform>
            <numerusform>%n referencias, %1 s de habla en total, promediadas en una sola voz.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="112"/>
        <source>&lt;span style=&apos;color:#b26a00&apos;&gt;Short: about 10 s gives a steadier embedding.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b26a00&apos;&gt;Corta: unos 10 s dan un embedding más estable.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="115"/>
        <source>Nearest known voice: &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Voz conocida más cercana: &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="133"/>
        <source>%1 (a voice invented for training)</source>
        <extracomment>%1 a training voice&apos;s name, e.g. espeak-en-us+wbv017</extracomment>
        <translation>%1 (una voz inventada para el entrenamiento)</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="134"/>
        <source>&lt;b&gt;Similarity to your reference: %1&lt;/b&gt; · nearest training voice: &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation>&lt;b&gt;Similitud con tu referencia: %1&lt;/b&gt; · voz de entrenamiento más cercana: &lt;b&gt;%2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="140"/>
        <source>The clone is closer to %1, a voice the model was trained on, than to yours: with few training voices, a model falls back on the ones it knows.</source>
        <translation>El clon se parece más a %1, una voz con la que se entrenó el modelo, que a la tuya: con pocas voces de entrenamiento, un modelo recurre a las que conoce.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="144"/>
        <source>The clone is closer to your reference than to any training voice.</source>
        <translation>El clon está más cerca de tu referencia que de cualquier voz de entrenamiento.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="147"/>
        <source>Pitch: the model gave the voice %1 Hz; shifted %2 semitones to your %3 Hz.</source>
        <extracomment>%1 the model&apos;s pitch for the voice, %2 the shift in semitones (signed), %3 the references&apos; pitch</extracomment>
        <translation>Tono: el modelo dio a la voz %1 Hz; desplazado %2 semitonos hasta tus %3 Hz.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="160"/>
        <source>Refinement, similarity pass by pass: %1 (pass %2 kept)</source>
        <extracomment>%1 is a list of similarities joined by arrows, one per synthesis pass; %2 the pass kept (1 = the first)</extracomment>
        <translation>Refinado, similitud pasada a pasada: %1 (se conserva la pasada %2)</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="166"/>
        <source>An independent speaker encoder, which took no part in training the model (the clone test&apos;s judge), puts the similarity to your reference at &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Un codificador de hablante independiente, que no participó en el entrenamiento del modelo (el juez de la prueba de clonación), sitúa la similitud con tu referencia en &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/VoiceCloningViews.cpp" line="172"/>
        <source>Adapted to your voice: the model fine-tuned earlier on these %n reference(s) (%1 steps, mel loss %2) spoke this.</source>
        <extracomment>%1 steps, %n transcribed references, %2 the final mel loss</extracomment>
        <translation>
            <numerusform>Adaptado a tu voz: lo dijo el modelo ya ajustado antes con esta %n referencia (%1 pasos, pérdida mel %2).</numerusform>
            <numerusform>Adaptado a tu voz: lo dijo el modelo ya ajustado antes con estas %n referencias (%1 pasos, pérdida mel %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/VoiceCloningViews.cpp" line="175"/>
        <source>Adapted to your voice: the model was fine-tuned %1 steps on %n transcribed reference(s) first (mel loss %2).</source>
        <translation>
            <numerusform>Adaptado a tu voz: primero se ajustó el modelo %1 pasos con %n referencia transcrita (pérdida mel %2).</numerusform>
            <numerusform>Adaptado a tu voz: primero se ajustó el modelo %1 pasos con %n referencias transcritas (pérdida mel %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="181"/>
        <source>Not adapted: no reference has a transcript. Record one (read the passage shown) or give a loaded file its words with “Transcript…”.</source>
        <translation>Sin adaptar: ninguna referencia tiene transcripción. Graba una (lee el pasaje que se muestra) o da sus palabras a un archivo cargado con «Transcripción…».</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="184"/>
        <source>&lt;b&gt;Watermarked:&lt;/b&gt; an inaudible mark %1 dB below the speech. “Detect watermark” finds it; so can anyone with WaveBench.</source>
        <translation>&lt;b&gt;Con marca de agua:&lt;/b&gt; una marca inaudible %1 dB por debajo del habla. «Detectar marca de agua» la encuentra, y también cualquiera con WaveBench.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="187"/>
        <source>This clip carries no watermark.</source>
        <translation>Este clip no lleva marca de agua.</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="199"/>
        <source>the clone</source>
        <translation>el clon</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="203"/>
        <source>Cannot tell for %1: %2</source>
        <translation>No se puede saber para %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="205"/>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;&lt;b&gt;Watermark detected&lt;/b&gt;&lt;/span&gt; in %1 — confidence %2% (score %3, threshold %4)</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;&lt;b&gt;Marca de agua detectada&lt;/b&gt;&lt;/span&gt; en %1 — confianza %2% (puntuación %3, umbral %4)</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningViews.cpp" line="210"/>
        <source>&lt;b&gt;No watermark&lt;/b&gt; in %1 — chance it is marked: %2% (score %3, threshold %4)</source>
        <translation>&lt;b&gt;Sin marca de agua&lt;/b&gt; en %1 — probabilidad de que esté marcado: %2% (puntuación %3, umbral %4)</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceCloningExplainer.cpp" line="18"/>
        <source>&lt;h3&gt;How cloning works, and its risks&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Reference audio → speaker encoder → speaker embedding → TTS conditioned on it.&lt;/b&gt; The encoder was trained to put recordings of the same person close together and different people far apart, so a few seconds of speech become one short vector. A multi-speaker FastSpeech 2 adds that vector to what it knows about the text and speaks in a voice near it. How near depends on how many voices it learned from.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Encoding a voice, or learning it.&lt;/b&gt; The embedding only places a new voice among the %1 voices the model learned (%2 of them invented for it). Given the reference&apos;s average spectrum as well, an independent encoder finds %3% of the clones of 22 unseen voices closest to their own voice (the cloner&apos;s own encoder: %4%). &lt;i&gt;Adapt&lt;/i&gt; goes further, as Arik et al. (2018) did: the model reads your reference&apos;s words, dynamic time warping lines its reading up with your recording, and the whole model is fine-tuned on your voice for %5 steps, a few seconds. The independent encoder then finds %6% of the clones closest to their own voice, near what it finds for the voices&apos; own recordings. It needs the words you said: record the passage shown, or give a loaded file its transcript. &lt;i&gt;Refine&lt;/i&gt; is analysis by synthesis (the encoder listens to the clone and the embedding moves by the difference), and &lt;i&gt;Match my pitch&lt;/i&gt; shifts the clone to your median pitch. Training the model with the encoder as a listener lifted that encoder&apos;s score far more than an independent one&apos;s: never judge a model only with the tool it was tuned against.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Risks.&lt;/b&gt; A cloned voice can &lt;i&gt;impersonate&lt;/i&gt; someone (a call to a bank, a relative asking for money), be used &lt;i&gt;without consent&lt;/i&gt;, and spread &lt;i&gt;misinformation&lt;/i&gt; in a trusted voice.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safeguards.&lt;/b&gt; &lt;i&gt;Consent&lt;/i&gt;: here Clone stays off until the speaker agrees, and the agreement is saved with the recording. &lt;i&gt;Watermarking&lt;/i&gt;: every clip this tab makes carries an inaudible mark. &lt;i&gt;Detection&lt;/i&gt;: anyone can check a clip for it. None of these is perfect: a mark can be damaged by heavy editing, and other tools add no mark at all.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cómo funciona la clonación y sus riesgos&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Audio de referencia → codificador de hablante → embedding de hablante → TTS condicionado en él.&lt;/b&gt; El codificador se entrenó para acercar grabaciones de la misma persona y alejar las de personas distintas, así que unos segundos de habla se convierten en un vector corto. Un FastSpeech 2 multihablante suma ese vector a lo que sabe del texto y habla con una voz cercana a él. Cuán cercana depende de cuántas voces aprendió.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Codificar una voz, o aprenderla.&lt;/b&gt; El embedding solo sitúa una voz nueva entre las %1 voces que aprendió el modelo (%2 de ellas inventadas para él). Si además recibe el espectro medio de la referencia, un codificador independiente encuentra el %3% de los clones de 22 voces no vistas más cerca de su propia voz (el codificador del clonador: %4%). &lt;i&gt;Adaptar&lt;/i&gt; va más allá, como hicieron Arik et al. (2018): el modelo lee las palabras de tu referencia, el alineamiento temporal dinámico ajusta su lectura a tu grabación, y el modelo entero se ajusta a tu voz durante %5 pasos, unos segundos. El codificador independiente encuentra entonces el %6% de los clones más cerca de su propia voz, cerca de lo que encuentra para las grabaciones de esas voces. Necesita las palabras que dijiste: graba el pasaje que se muestra o da su transcripción a un archivo cargado. &lt;i&gt;Refinar&lt;/i&gt; es análisis por síntesis (el codificador escucha el clon y el embedding se mueve según la diferencia), y &lt;i&gt;Igualar mi tono&lt;/i&gt; desplaza el clon a tu tono mediano. Entrenar el modelo con el codificador como oyente subió la puntuación de ese codificador mucho más que la de uno independiente: nunca juzgues un modelo solo con la herramienta con la que se ajustó.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Riesgos.&lt;/b&gt; Una voz clonada puede &lt;i&gt;suplantar&lt;/i&gt; a alguien (una llamada al banco, un familiar pidiendo dinero), usarse &lt;i&gt;sin consentimiento&lt;/i&gt; y difundir &lt;i&gt;desinformación&lt;/i&gt; con una voz de confianza.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Salvaguardas.&lt;/b&gt; &lt;i&gt;Consentimiento&lt;/i&gt;: aquí Clonar sigue desactivado hasta que el hablante acepta, y el acuerdo se guarda con la grabación. &lt;i&gt;Marca de agua&lt;/i&gt;: cada clip que hace esta pestaña lleva una marca inaudible. &lt;i&gt;Detección&lt;/i&gt;: cualquiera puede comprobar si un clip la lleva. Nada de esto es perfecto: una edición fuerte puede dañar la marca, y otras herramientas no añaden ninguna.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wb::VoiceSimilarityTable</name>
    <message>
        <location filename="../widgets/VoiceSimilarityTable.cpp" line="35"/>
        <source>%1 (unseen)</source>
        <translation>%1 (no vista)</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceSimilarityTable.cpp" line="47"/>
        <source>The nearest known voice</source>
        <translation>La voz conocida más cercana</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceSimilarityTable.cpp" line="79"/>
        <source>Known voice</source>
        <translation>Voz conocida</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceSimilarityTable.cpp" line="79"/>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <location filename="../widgets/VoiceSimilarityTable.cpp" line="79"/>
        <source>Similarity</source>
        <translation>Similitud</translation>
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
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="377"/>
        <source>Save Generated Audio</source>
        <translation>Guardar el audio generado</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="377"/>
        <source>WAV audio (*.wav)</source>
        <translation>Audio WAV (*.wav)</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="382"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="384"/>
        <source>Cannot save the audio</source>
        <translation>No se puede guardar el audio</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="401"/>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="402"/>
        <source>Divides the logits before the softmax: 0 always takes the likeliest level, 1 samples the model as trained, above 1 flattens it.</source>
        <translation>Divide los logits antes del softmax: 0 toma siempre el nivel más probable, 1 muestrea el modelo tal como se entrenó, más de 1 lo aplana.</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="404"/>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="405"/>
        <source>Samples:</source>
        <translation>Muestras:</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="406"/>
        <source>One sample at a time</source>
        <translation>Una muestra cada vez</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="407"/>
        <source>Many samples</source>
        <translation>Muchas muestras</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="408"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="409"/>
        <source>Generate one sample: its softmax, the level drawn, and the inputs it saw</source>
        <translation>Genera una muestra: su softmax, el nivel elegido y las entradas que vio</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="410"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="411"/>
        <source>Run</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="412"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="413"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="413"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="414"/>
        <source>Save WAV…</source>
        <translation>Guardar WAV…</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="415"/>
        <source>Race: naive vs cached</source>
        <translation>Carrera: ingenua contra caché</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="416"/>
        <source>Generate with the seed&apos;s method (the whole network per sample) and then with cached queues (one new column per layer), and compare samples per second</source>
        <translation>Genera con el método de la semilla (toda la red por muestra) y luego con colas en caché (una columna nueva por capa), y compara las muestras por segundo</translation>
    </message>
    <message>
        <location filename="../widgets/WaveNetGeneratePage.cpp" line="419"/>
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
